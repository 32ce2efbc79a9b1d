import type { GrantedPermission, JobStatus, JobSummary as Job, Locale, Role, UnitKind } from '@yuqing/common';
import { api } from './client';

export type { Job, JobStatus };

// Response shapes of the platform routes (server/src/modules/platform); they move to common/ as the server exports them from there.

export interface Me {
  id: number;
  username: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  permissions: GrantedPermission[];
  unit: { id: number; name: string; kind: UnitKind; path: string };
  scope: { unitId: number; unitName: string; unitCount: number };
  personId: number | null;
  demo: boolean;
}

export interface SetupInput {
  unitName: string;
  unitKind: UnitKind;
  username: string;
  password: string;
  displayName: string;
}

export interface Account {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unitName: string;
  personId: number | null;
  roles: Role[];
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  isDemo: boolean;
}

export interface AccountInput {
  username: string;
  password: string;
  displayName: string;
  unitId: number;
  personId?: number | null;
  roles: Role[];
}

export interface AccountPatch {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  password?: string;
  unlock?: true;
  personId?: number | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  unitId: number | null;
  unitName: string | null;
  summary: { before?: unknown; after?: unknown } | null;
  ip: string | null;
}

export interface AuditQuery {
  objectType?: string;
  action?: string;
  beforeId?: number;
  limit?: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  brokenAt?: { id: number; reason: string };
}

export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  database: { dialect: string; ok: boolean; latencyMs: number };
  jobs: { ok: boolean; workerRunning: boolean; queued?: number; running?: number; failed?: number };
}



export interface JobsOverview {
  counts: Record<JobStatus, number>;
  recent: Job[];
}

export interface Notice {
  id: number;
  /** What it is about, e.g. `channel.flagged`; the body's meaning depends on it. */
  kind: string;
  /** Written by the server in Chinese. */
  title: string;
  /** For `channel.flagged`: the health flag codes, comma-separated. */
  body: string | null;
  /** A path in this app, e.g. `/channels?id=4`. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export const getSetup = () => api.get<{ needed: boolean }>('/api/setup');
export const runSetup = (input: SetupInput) => api.post<{ ok: true }>('/api/setup', input);

export const login = (username: string, password: string) => api.post<{ user: Me }>('/api/auth/login', { username, password });
export const logout = () => api.post<void>('/api/auth/logout');
export const getMe = () => api.get<Me>('/api/auth/me');
export const updateMyLocale = (locale: Locale) => api.patch<Me>('/api/auth/me', { locale });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/api/auth/password', { currentPassword, newPassword });

export const listAccounts = (query: { unitId?: number; includeSubunits?: boolean }) =>
  api.get<{ accounts: Account[] }>('/api/accounts', query);
export const createAccount = (input: AccountInput) => api.post<Account>('/api/accounts', input);
export const updateAccount = (id: number, patch: AccountPatch) => api.patch<Account>(`/api/accounts/${id}`, patch);

export const listAudit = (query: AuditQuery) => api.get<{ entries: AuditEntry[] }>('/api/audit', { ...query });
export const verifyAudit = () => api.get<AuditVerification>('/api/audit/verify');

export const listNotifications = (query: { unreadOnly?: boolean; limit?: number }) => api.get<{ notifications: Notice[]; unread: number }>('/api/notifications', query);
/** Without an id, every notice of the account is marked read. */
export const markNoticesRead = (id?: number) => api.post<void>('/api/notifications/read', id === undefined ? {} : { id });

export const getHealth = () => api.get<Health>('/api/health');
export const getJobs = () => api.get<JobsOverview>('/api/jobs');

export const platformKeys = {
  me: ['me'] as const,
  setup: ['setup'] as const,
  accounts: ['accounts'] as const,
  accountList: (query: object) => ['accounts', query] as const,
  audit: (query: object) => ['audit', query] as const,
  health: ['health'] as const,
  jobs: ['jobs'] as const,
  notifications: ['notifications'] as const,
};
