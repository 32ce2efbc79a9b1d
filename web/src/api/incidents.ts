import type { DeadlineKind, DeadlinePreset, InboxAction, IncidentState, RecipientTarget, ReplyKind, StatementStep } from '@yuqing/common';
import { api } from './client';

// Response shapes of server/src/modules/incidents (incident.presenter.ts, incident-detail.service.ts).

export interface Deadline {
  kind: DeadlineKind;
  limitMinutes: number;
  dueAt: string;
  metAt: string | null;
  late: boolean;
  minutesLeft: number | null;
  escalationLevel: number;
}

export interface IncidentSummary {
  id: number;
  unitId: number;
  unitName: string;
  handlingUnitId: number;
  handlingUnitName: string;
  takenOverAt: string | null;
  eventId: number | null;
  topicName: string | null;
  title: string;
  grade: number;
  eventGrade: number | null;
  state: IncidentState;
  /** Raised by every change; a move naming an older version is refused (409 incident_conflict). */
  version: number;
  handlerId: number | null;
  handlerName: string | null;
  leaderName: string | null;
  openedAt: string;
  closedAt: string | null;
  nextDeadline: Deadline | null;
}

export interface DocSpec {
  title: string;
  urgency?: string;
  addressees?: string;
  body: ({ kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; columns: string[]; rows: (string | number)[][] } | { kind: string })[];
  signature?: { authority: string; date: string };
}

export interface TimelineEntry {
  id: number | null;
  at: string;
  kind: string;
  actorName: string | null;
  detail: Record<string, unknown>;
}

export interface IncidentItem {
  id: number;
  title: string;
  url: string | null;
  mediaTier: string;
  publishedAt: string | null;
  fetchedAt: string;
  sentiment: string;
  reach: number;
}

export interface HourBucket {
  hour: string;
  volume: number;
  reach: number;
  negative: number;
}

export interface Period {
  volume: number;
  reach: number;
  negativeShare: number;
  perHour: number;
}

export interface StatementFinding {
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  message: string;
}

export interface IncidentDetail extends IncidentSummary {
  summary: string;
  place: string | null;
  occurredAt: string | null;
  gradeReasons: string[];
  gradeOverrideReason: string | null;
  superiorUnit: { id: number; name: string } | null;
  departments: { id: number; name: string }[];
  deadlines: Deadline[];
  moves: { to: IncidentState; blockedBy: string[] }[];
  reports: { id: number; grade: number; filedAt: string; spec: DocSpec; recipients: { id: number; unitId: number; unitName: string; targets: RecipientTarget[]; acknowledgedAt: string | null; acknowledgedBy: string | null }[] }[];
  responses: { id: number; action: InboxAction; text: string | null; unitName: string; actorName: string | null; at: string }[];
  consultations: { id: number; heldAt: string; participants: { name: string; unitId: number }[]; opinions: string }[];
  tasks: { id: number; title: string; ownerName: string | null; departmentName: string | null; dueAt: string | null; doneAt: string | null }[];
  statement: {
    chain: StatementStep[];
    step: StatementStep | null;
    approved: boolean;
    rejected: boolean;
    expectedApprovers: { id: number; name: string }[];
    latest: { version: number; text: string; contentHash: string; findings: StatementFinding[]; createdAt: string } | null;
    versions: { version: number; contentHash: string; createdAt: string }[];
    approvals: { id: number; step: StatementStep; decision: 'approved' | 'rejected'; approverName: string; comment: string | null; contentHash: string; decidedAt: string; voided: boolean }[];
  };
  replies: { id: number; kind: ReplyKind; place: string; publishedAt: string; url: string | null }[];
  review: { cause: string; handling: string; wentWell: string; wentBadly: string; improvements: { text: string; asTask: boolean; taskId?: number }[]; updatedAt: string } | null;
  breaches: { id: number; kind: DeadlineKind; level: number; dueAt: string; at: string }[];
  followUp: { series: HourBucket[]; before: Period; after: Period | null; peak: { hour: string; volume: number } | null; suggestClose: boolean };
  items: { total: number; first: IncidentItem[] };
  timeline: TimelineEntry[];
}

export interface CandidateEvent {
  id: number;
  title: string;
  grade: number;
  itemCount: number;
  lastSeenAt: string;
  unitName: string;
}

export interface InboxReport {
  recipientId: number;
  reportId: number;
  targets: RecipientTarget[];
  recipientUnitName: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  incidentId: number;
  title: string;
  grade: number;
  state: IncidentState;
  unitName: string;
  filedAt: string;
}

export interface StepFigure {
  due: number;
  met: number;
  medianMinutes: number | null;
  withinShare: number | null;
}
export interface FigureStats {
  count: number;
  open: number;
  closed: number;
  byGrade: Record<'1' | '2' | '3' | '4', number>;
  steps: Record<'acknowledge' | 'report' | 'reply', StepFigure>;
}
export interface IncidentFigures {
  total: FigureStats & { breaches: number };
  byMonth: { month: string; count: number }[];
  units: { unitId: number; name: string; parentId: number | null; own: FigureStats; subtree: FigureStats }[];
}

type ByGrade<T> = Record<'1' | '2' | '3' | '4', T>;

/** A unit's incident settings as PUT takes them. */
export interface IncidentPolicyInput {
  preset: DeadlinePreset;
  tighten: Partial<ByGrade<Partial<Record<DeadlineKind, number>>>>;
  recipients: ByGrade<RecipientTarget[]>;
  escalateEveryMinutes: number;
  closeRule: { share: number; hours: number };
  topicDepartments: Record<string, number[]>;
}

/** … and as GET answers: with the limits in force and every preset's own, for comparison. */
export interface IncidentPolicy extends IncidentPolicyInput {
  limits: ByGrade<Partial<Record<DeadlineKind, number>>>;
  presets: Record<DeadlinePreset, ByGrade<Partial<Record<DeadlineKind, number>>>>;
}

export const incidentKeys = {
  all: ['incidents'] as const,
  list: (q: object) => ['incidents', 'list', q] as const,
  detail: (id: number) => ['incidents', 'detail', id] as const,
  inbox: ['incidents', 'inbox'] as const,
  events: ['incidents', 'events'] as const,
  figures: ['incidents', 'figures'] as const,
  policy: (unitId: number) => ['incidents', 'policy', unitId] as const,
};

export const listIncidents = (q: { state?: IncidentState; open?: boolean } = {}) => api.get<{ incidents: IncidentSummary[] }>('/api/incidents', q);
export const candidateEvents = () => api.get<{ events: CandidateEvent[] }>('/api/incidents/candidate-events');
export const openIncident = (body: { eventId?: number; title?: string; grade?: number; gradeReason?: string; summary?: string; place?: string }) => api.post<IncidentDetail>('/api/incidents', body);
export const getIncident = (id: number) => api.get<IncidentDetail>(`/api/incidents/${id}`);
export const moveIncident = (id: number, to: IncidentState, version: number) => api.post<IncidentDetail>(`/api/incidents/${id}/transitions`, { to, version });
export const fileFlashReport = (id: number, version: number, measures: string) => api.post<IncidentDetail>(`/api/incidents/${id}/flash-reports`, { version, measures: measures || null });
export const recordConsultation = (id: number, body: { heldAt: string; participants: { name: string; unitId: number }[]; opinions: string; decisions: { title: string; dueAt?: string | null }[] }) =>
  api.post<IncidentDetail>(`/api/incidents/${id}/consultations`, body);
export const saveStatement = (id: number, text: string) => api.post<IncidentDetail>(`/api/incidents/${id}/statements`, { text });
export const statementDiff = (id: number, from: number, to: number) => api.get<{ text: string; lines: unknown[] }>(`/api/incidents/${id}/statements/diff`, { from, to });
export const decideStatement = (id: number, body: { contentHash: string; decision: 'approved' | 'rejected'; comment?: string }) => api.post<IncidentDetail>(`/api/incidents/${id}/approvals`, body);
export const recordReply = (id: number, body: { kind: ReplyKind; place: string; publishedAt: string; url?: string | null }) => api.post<IncidentDetail>(`/api/incidents/${id}/replies`, body);
export const writeReview = (id: number, body: { cause: string; handling: string; wentWell: string; wentBadly: string; improvements: { text: string; asTask: boolean }[] }) =>
  api.put<IncidentDetail>(`/api/incidents/${id}/review`, body);
export const incidentTimeline = (id: number, offset: number, limit: number) => api.get<{ total: number; entries: TimelineEntry[] }>(`/api/incidents/${id}/timeline`, { offset, limit });
export const incidentInbox = () => api.get<{ reports: InboxReport[] }>('/api/incident-inbox');
export const respondToReport = (recipientId: number, action: InboxAction, text?: string) => api.post<{ ok: true }>(`/api/incident-inbox/${recipientId}`, { action, text: text || null });
export const getIncidentPolicy = (unitId: number) => api.get<IncidentPolicy>(`/api/units/${unitId}/incident-policy`);
export const setIncidentPolicy = (unitId: number, body: IncidentPolicyInput) => api.put<IncidentPolicy>(`/api/units/${unitId}/incident-policy`, body);
export const updateIncident = (id: number, body: { version: number; title?: string; summary?: string; place?: string | null; grade?: number; gradeReason?: string }) => api.patch<IncidentDetail>(`/api/incidents/${id}`, body);
export const incidentItems = (id: number, page: number, pageSize: number) => api.get<{ total: number; items: IncidentItem[] }>(`/api/incidents/${id}/items`, { page, pageSize });
export const incidentFigures = () => api.get<IncidentFigures>('/api/incident-figures');
