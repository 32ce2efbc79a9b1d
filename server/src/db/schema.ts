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

export interface DB extends PublishingTables, MonitoringTables {
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
  report: ReportTable;
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

export interface ChannelTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  name: string;
  purpose: string | null;
  owner_department_id: number | null;
  owner_person_id: number | null;
  /** Names of the administrators as the register writes them ("张三、李四"). */
  administrators: string | null;
  member_count: number | null;
  real_name_verified: number;
  link: string | null;
  /** A feed or page Yuqing reads to learn the last update by itself. */
  feed_url: string | null;
  feed_checked_at: string | null;
  /** Why the last automatic read failed, in words, for the register. */
  feed_error: string | null;
  review_cycle_days: number;
  last_review_at: string | null;
  last_update_at: string | null;
  last_update_source: 'manual' | 'feed' | null;
  oldest_unanswered_at: string | null;
  stalest_column_name: string | null;
  stalest_column_at: string | null;
  status: string;
  status_reason: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface ChannelReviewTable {
  id: Generated<number>;
  channel_id: number;
  reviewed_at: string;
  reviewer_id: number | null;
  notes: string | null;
}

export interface PublicationTable {
  id: Generated<number>;
  unit_id: number;
  channel_id: number;
  title: string;
  body: string;
  content_hash: string;
  status: string;
  /** Optimistic concurrency: every edit and decision moves it on. */
  version: number;
  author_id: number | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PublicationFindingTable {
  id: Generated<number>;
  publication_id: number;
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
  /** The message as first written (zh-CN); readers get it again in their own language from the parts below. */
  message: string;
  note: string | null;
  detail: string | null;
  justification: string | null;
}

export interface PublicationApprovalTable {
  id: Generated<number>;
  publication_id: number;
  step: string;
  approver_id: number;
  decision: 'approved' | 'rejected';
  comment: string | null;
  content_hash: string;
  decided_at: string;
  /** Set when the text changed after this decision: an approval holds only for the text it saw. */
  voided_at: string | null;
}

export interface PublicationRecordTable {
  id: Generated<number>;
  publication_id: number;
  channel_id: number;
  published_at: string;
  url: string | null;
  content_hash: string;
  recorded_by: number | null;
}

export interface SubmissionTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  kind: string;
  /** A date, YYYY-MM-DD, in Beijing time. */
  submitted_on: string;
  adopted: number;
  adopted_by: string | null;
  note: string | null;
  is_demo: number;
  created_at: string;
}

/** A unit's own lists for the pre-publication checks: canonical formulations and watched words. */
export interface CheckTermTable {
  id: Generated<number>;
  unit_id: number;
  list: 'formulation' | 'word';
  wrong: string;
  right: string | null;
  note: string | null;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** The title as first written (zh-CN); with a key and parameters it is told again in the reader's language. */
  title: string;
  title_key: string | null;
  title_params: string | null;
  body: string | null;
  /** A path in the web app, such as /channels?id=4. */
  link: string | null;
  /** Repeats of the same notice (the same channel flagged again tomorrow) are not sent twice while unread. */
  dedup_key: string | null;
  created_at: string;
  read_at: string | null;
}

export interface PublishingTables {
  notification: NotificationTable;
  channel: ChannelTable;
  channel_review: ChannelReviewTable;
  publication: PublicationTable;
  publication_finding: PublicationFindingTable;
  publication_approval: PublicationApprovalTable;
  publication_record: PublicationRecordTable;
  submission: SubmissionTable;
  check_term: CheckTermTable;
}
export type Channel = Selectable<ChannelTable>;
export type Publication = Selectable<PublicationTable>;

export interface SourceTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  kind: string;
  url: string | null;
  config: string | null;
  media_tier: string;
  interval_minutes: Generated<number>;
  enabled: Generated<number>;
  internal: Generated<number>;
  push_token: string | null;
  push_secret: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  next_poll_at: string | null;
  failure_count: Generated<number>;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
  /** 0006: when the source was last asked, whether or not it answered. */
  last_polled_at: Generated<string | null>;
}

export interface ItemTable {
  id: Generated<number>;
  unit_id: number;
  source_id: number | null;
  media_tier: string;
  item_key: string;
  title: string;
  text: string;
  url: string | null;
  published_at: string | null;
  fetched_at: string;
  simhash: string;
  duplicate_of: number | null;
  keywords: Generated<string>;
  sentiment: string;
  sentiment_score: number;
  sentiment_corrected_by: number | null;
  reposts: Generated<number>;
  comments: Generated<number>;
  likes: Generated<number>;
  views: Generated<number>;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ItemCountTable {
  id: Generated<number>;
  item_id: number;
  observed_at: string;
  reposts: number;
  comments: number;
  likes: number;
  views: number;
}

export interface ItemFailureTable {
  id: Generated<number>;
  unit_id: number;
  source_id: number | null;
  position: string | null;
  raw: string | null;
  reason: string;
  created_at: string;
}

export interface TopicTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  rule: string;
  word_groups: string | null;
  sensitivity: Generated<number>;
  alert_grade: Generated<number>;
  enabled: Generated<number>;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ItemTopicTable {
  item_id: number;
  topic_id: number;
  matched_at: string;
}

export interface EventTable {
  id: Generated<number>;
  unit_id: number;
  topic_id: number | null;
  title: string;
  keywords: Generated<string>;
  status: Generated<string>;
  merged_into: number | null;
  first_seen_at: string;
  last_seen_at: string;
  item_count: Generated<number>;
  source_count: Generated<number>;
  tiers: Generated<string>;
  highest_tier: string | null;
  reposts: Generated<number>;
  comments: Generated<number>;
  likes: Generated<number>;
  views: Generated<number>;
  negative_count: Generated<number>;
  velocity: Generated<number>;
  baseline_per_hour: Generated<number>;
  peak_per_hour: Generated<number>;
  peak_at: string | null;
  grade: number | null;
  grade_reasons: Generated<string>;
  graded_at: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface EventItemTable {
  event_id: number;
  item_id: number;
  added_at: string;
}

export interface EventGradeTable {
  id: Generated<number>;
  event_id: number;
  grade: number | null;
  reasons: string;
  figures: string;
  created_at: string;
}

export interface MonitoringTables {
  source: SourceTable;
  item: ItemTable;
  item_count: ItemCountTable;
  item_failure: ItemFailureTable;
  topic: TopicTable;
  item_topic: ItemTopicTable;
  event: EventTable;
  event_item: EventItemTable;
  event_grade: EventGradeTable;
}
export type Source = Selectable<SourceTable>;
export type Item = Selectable<ItemTable>;
export type Topic = Selectable<TopicTable>;
export type MonitoringEvent = Selectable<EventTable>;

export interface ReportTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  period: string;
  title: string;
  status: string;
  sections: string;
  figures: string;
  content_hash: string;
  version: Generated<number>;
  approved_hash: string | null;
  approved_by: number | null;
  approved_at: string | null;
  submitted_to: number | null;
  submitted_at: string | null;
  returned_at: string | null;
  return_comment: string | null;
  created_by: number | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}
export interface DeliveryTargetTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  kind: string;
  url: string | null;
  secret: string | null;
  /** JSON array of email addresses. */
  recipients: string;
  /** JSON array of purposes. */
  purposes: string;
  enabled: number;
  internal: number;
  created_at: string;
  updated_at: string;
}

export interface DeliveryAttemptTable {
  id: Generated<number>;
  target_id: number;
  key: string;
  purpose: string;
  title: string;
  text: string;
  link: string | null;
  status: 'sending' | 'sent' | 'retrying' | 'failed';
  attempts: number;
  http_status: number | null;
  error_code: string | null;
  error: string | null;
  error_params: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export interface DeliveryTables {
  delivery_target: DeliveryTargetTable;
  delivery_attempt: DeliveryAttemptTable;
}

// Declaration merging: each module adds its tables here without touching the line above.
export interface DB extends DeliveryTables {}
export interface PlanTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  title: string;
  /** The template it was instantiated from, if any. */
  template_key: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  unit_id: number;
  seq: number;
  title: string;
  body: string | null;
  /** Where in the seed plans the task comes from, such as "篇一（三）". */
  seed_ref: string | null;
  /** Lead and responsible parties that are not single departments (各基层党组织), as written. */
  lead_note: string | null;
  responsible_note: string | null;
  leader_person_id: number | null;
  recurrence: string;
  /** For a one-off task: its date, YYYY-MM-DD (Beijing). */
  due_date: string | null;
  /** An EvidenceRule as JSON. */
  evidence: string;
  progress_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanTaskDepartmentTable {
  task_id: number;
  department_id: number;
  role: 'lead' | 'responsible';
}

/** One period of a task (2026-Q2, 2026-03 …); dates are YYYY-MM-DD in Beijing time. */
export interface TaskOccurrenceTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  period_key: string;
  period_start: string;
  period_end: string;
  due_date: string;
  completed_at: string | null;
  completed_by: number | null;
  evidence_note: string | null;
  overdue_notified_at: string | null;
}

export interface MeetingTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  /** YYYY-MM-DD, Beijing. */
  held_on: string;
  title: string;
  topics: string | null;
  minutes: string | null;
  created_by: number | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  person_id: number;
  present: number;
  absence_reason: string | null;
}

export interface MeetingMaterialTable {
  id: Generated<number>;
  meeting_id: number;
  file_name: string;
  mime: string;
  size: number;
  content_base64: string;
  created_at: string;
}

export interface MeetingQuotaTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  kind: string;
  target: number;
  updated_at: string;
}

export interface RiskTable {
  id: Generated<number>;
  unit_id: number;
  description: string;
  area: string;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** 1 (slight) to 5 (severe). */
  impact: number;
  measures: string | null;
  owner_person_id: number | null;
  next_review_on: string | null;
  status: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface RiskReviewTable {
  id: Generated<number>;
  risk_id: number;
  reviewed_on: string;
  likelihood: number;
  impact: number;
  status: string;
  note: string | null;
  reviewer_id: number | null;
  created_at: string;
}

/** An inspection (督查) of a unit or one of its departments, or a self-inspection from a checklist. */
export interface InspectionTable {
  id: Generated<number>;
  unit_id: number;
  department_id: number | null;
  kind: 'inspection' | 'self_check';
  checklist_key: string | null;
  title: string;
  inspected_on: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface InspectionItemTable {
  id: Generated<number>;
  inspection_id: number;
  item_key: string;
  text: string;
  passed: number;
  evidence: string | null;
}

/** A finding to put right (整改), with its owner and deadline, closed with evidence. */
export interface RectificationTable {
  id: Generated<number>;
  inspection_id: number;
  unit_id: number;
  finding: string;
  owner_person_id: number | null;
  owner_department_id: number | null;
  deadline: string;
  status: 'open' | 'closed';
  closed_at: string | null;
  closing_evidence: string | null;
  created_at: string;
}

export interface AssessmentSchemeTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  title: string;
  /** The indicators with weights and scoring rules, as JSON. */
  indicators: string;
  created_at: string;
  updated_at: string;
}

export interface AssessmentScoreTable {
  id: Generated<number>;
  scheme_id: number;
  indicator_key: string;
  unit_id: number;
  score: number;
  comment: string;
  scored_by: number | null;
  scored_at: string;
}

export interface AccountabilityCaseTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  facts: string;
  /** Keys of the clauses it falls under, as JSON. */
  clauses: string;
  responsibility: 'collective' | 'individual';
  outcome: string;
  decision_document: string | null;
  decided_on: string;
  created_by: number | null;
  created_at: string;
}

export interface AccountabilityPersonTable {
  case_id: number;
  person_id: number;
  part: string;
  dissent: number;
  bears: string;
}

/** A progress note on a task (or one of its periods), with an optional attached file. */
export interface TaskNoteTable {
  id: Generated<number>;
  task_id: number;
  occurrence_id: number | null;
  note: string;
  file_name: string | null;
  mime: string | null;
  size: number | null;
  content_base64: string | null;
  created_by: number | null;
  created_at: string;
}

export interface ResponsibilityTables {
  plan: PlanTable;
  plan_task: PlanTaskTable;
  plan_task_department: PlanTaskDepartmentTable;
  task_occurrence: TaskOccurrenceTable;
  meeting: MeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_material: MeetingMaterialTable;
  meeting_quota: MeetingQuotaTable;
  risk: RiskTable;
  risk_review: RiskReviewTable;
  inspection: InspectionTable;
  inspection_item: InspectionItemTable;
  rectification: RectificationTable;
  assessment_scheme: AssessmentSchemeTable;
  assessment_score: AssessmentScoreTable;
  accountability_case: AccountabilityCaseTable;
  accountability_person: AccountabilityPersonTable;
  task_note: TaskNoteTable;
}
// Declaration merging adds these tables to DB without touching its heading, which other modules extend too.
export interface DB extends ResponsibilityTables {}

export interface IncidentTable {
  id: Generated<number>;
  unit_id: number;
  handling_unit_id: number;
  event_id: number | null;
  topic_id: number | null;
  title: string;
  summary: string;
  place: string | null;
  occurred_at: string | null;
  grade: number;
  event_grade: number | null;
  grade_reasons: string;
  grade_override_reason: string | null;
  handler_id: number | null;
  leader_id: number | null;
  state: string;
  /** Optimistic concurrency: every change moves it on. */
  version: number;
  opened_by: number | null;
  opened_at: string;
  state_at: string;
  taken_over_at: string | null;
  closed_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentTables {
  incident: IncidentTable;
  incident_department: { incident_id: number; department_id: number };
  incident_item: { incident_id: number; item_id: number; attached_by: number | null; attached_at: string };
  incident_timeline: { id: Generated<number>; incident_id: number; at: string; kind: string; actor_id: number | null; actor_name: string | null; detail: string };
  incident_deadline: { id: Generated<number>; incident_id: number; kind: string; limit_minutes: number; due_at: string; met_at: string | null; level: number; next_check_at: string | null };
  incident_breach: { id: Generated<number>; incident_id: number; unit_id: number; kind: string; level: number; due_at: string; notified: string; at: string };
  incident_flash_report: { id: Generated<number>; incident_id: number; grade: number; spec: string; filed_by: number | null; filed_at: string };
  incident_recipient: { id: Generated<number>; report_id: number; incident_id: number; unit_id: number; targets: string; acknowledged_by: number | null; acknowledged_at: string | null };
  incident_response: { id: Generated<number>; incident_id: number; report_id: number | null; unit_id: number; action: string; text: string | null; actor_id: number | null; at: string };
  incident_consultation: { id: Generated<number>; incident_id: number; held_at: string; participants: string; opinions: string; recorded_by: number | null; created_at: string };
  incident_task: { id: Generated<number>; incident_id: number; consultation_id: number | null; title: string; owner_id: number | null; department_id: number | null; due_at: string | null; done_at: string | null; created_at: string };
  incident_statement: { id: Generated<number>; incident_id: number; version: number; text: string; content_hash: string; findings: string; author_id: number | null; created_at: string };
  incident_approval: { id: Generated<number>; incident_id: number; statement_id: number; step: string; approver_id: number; decision: string; comment: string | null; content_hash: string; decided_at: string; voided_at: string | null };
  incident_reply: { id: Generated<number>; incident_id: number; kind: string; place: string; published_at: string; url: string | null; content_hash: string | null; recorded_by: number | null; created_at: string };
  incident_review: { incident_id: number; cause: string; handling: string; went_well: string; went_badly: string; improvements: string; author_id: number | null; created_at: string; updated_at: string };
}
export type Incident = Selectable<IncidentTable>;
// Declaration merging adds the incident tables without touching the DB line others extend too.
export interface DB extends IncidentTables {}

export interface AlertTable {
  id: Generated<number>;
  unit_id: number;
  event_id: number;
  topic_id: number | null;
  grade: number;
  trigger: string;
  title: string;
  quiet: Generated<number>;
  watch_period_id: number | null;
  delivery: string | null;
  delivered_at: string | null;
  is_demo: Generated<number>;
  created_at: string;
}

export interface AlertSettingTable {
  unit_id: number;
  quiet_start: string | null;
  quiet_end: string | null;
  digest_time: string | null;
  updated_at: string;
}

export interface WatchPeriodTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AlertDigestTable {
  unit_id: number;
  day: string;
  summary: string;
  delivery: string | null;
  created_at: string;
}

export interface AlertTables {
  alert: AlertTable;
  alert_setting: AlertSettingTable;
  watch_period: WatchPeriodTable;
  alert_digest: AlertDigestTable;
}
export interface DB extends AlertTables {}
