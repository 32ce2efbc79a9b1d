import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Tables of both dialects. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers
 * in both databases, so every query returns the same shapes on SQLite and PostgreSQL.
 */
export interface UnitTable {
  id: Generated<number>;
  parent_id: number | null;
  /** Materialised path of ids, "/1/4/9/": a subtree is one prefix match. */
  path: string;
  name: string;
  kind: string;
  code: string | null;
  sort: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  duties: string | null;
  sort: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: Generated<number>;
  unit_id: number;
  department_id: number | null;
  name: string;
  title: string | null;
  active: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** 一岗双责: which departments a leadership member answers for. */
export interface OversightTable {
  person_id: number;
  department_id: number;
}

/** Moves of departments and people between units and departments, so history survives. */
export interface OrgMoveTable {
  id: Generated<number>;
  object_type: 'department' | 'person';
  object_id: number;
  from_unit_id: number | null;
  from_department_id: number | null;
  to_unit_id: number | null;
  to_department_id: number | null;
  moved_at: string;
  moved_by: number | null;
  reason: string | null;
}

export interface LeadingGroupTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  office_department_id: number | null;
  duties: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface LeadingGroupMemberTable {
  id: Generated<number>;
  leading_group_id: number;
  person_id: number;
  position: string;
  duty: string | null;
  sort: number;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  unit_id: number;
  person_id: number | null;
  display_name: string;
  locale: string;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  password_changed_at: string;
  last_login_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  unit_id: number | null;
  summary: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface JobTable {
  id: Generated<number>;
  queue: string;
  payload: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_token: string | null;
  lease_until: string | null;
  last_error: string | null;
  /** Set for the instances of a recurring job; unique per (queue, singleton_key) while pending. */
  singleton_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface RecurringJobTable {
  name: string;
  queue: string;
  payload: string;
  every_seconds: number;
  next_run_at: string;
  enabled: number;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DB {
  unit: UnitTable;
  department: DepartmentTable;
  person: PersonTable;
  oversight: OversightTable;
  org_move: OrgMoveTable;
  leading_group: LeadingGroupTable;
  leading_group_member: LeadingGroupMemberTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  job: JobTable;
  recurring_job: RecurringJobTable;
  setting: SettingTable;
}

export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UnitUpdate = Updateable<UnitTable>;
export type Department = Selectable<DepartmentTable>;
export type Person = Selectable<PersonTable>;
export type LeadingGroup = Selectable<LeadingGroupTable>;
export type AppUser = Selectable<AppUserTable>;
export type Job = Selectable<JobTable>;
export type AuditLog = Selectable<AuditLogTable>;
