import { OUTCOMES, PARTS, RISK_AREAS, type EvidenceRule, type LeaderRole, type MeetingInput, type MeetingKind, type OccurrenceQuery, type OccurrenceState, type Recurrence, type ResponsibilityFigures, type RiskLevel, type RiskStatus, type SheetImport, type TaskInput, type TemplateTask } from '@yuqing/common';

export { OUTCOMES, PARTS, RISK_AREAS };
export type { LeaderRole, MeetingInput, OccurrenceQuery, RiskLevel, RiskStatus, TaskInput, TemplateTask };
import { api } from './client';

// Response shapes of server/src/modules/responsibility (responsibility.presenter.ts, dashboard.service.ts).

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


export interface PlanTemplate {
  key: string;
  title: { 'zh-CN': string; en: string };
  seed: string;
  departments: string[];
  collectives: string[];
  leaderRoles: LeaderRole[];
  tasks: TemplateTask[];
}

export interface Plan {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  title: string;
  templateKey: string | null;
  isDemo: boolean;
  createdAt: string;
}

export interface Occurrence {
  id: number;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  completedAt: string | null;
  completedByHand: boolean;
  evidenceNote: string | null;
  state: OccurrenceState;
}

export interface Task {
  id: number;
  planId: number;
  unitId: number;
  seq: number;
  title: string;
  body: string | null;
  seedRef: string | null;
  lead: { id: number; name: string }[];
  responsible: { id: number; name: string }[];
  leadNote: string | null;
  responsibleNote: string | null;
  leaderPersonId: number | null;
  leaderName: string | null;
  recurrence: Recurrence;
  dueDate: string | null;
  evidence: EvidenceRule | null;
  evidenceProblem: string | null;
  progressNote: string | null;
  occurrences: Occurrence[];
}

export type PlanDetail = Plan & { tasks: Task[] };

export interface OccurrenceRow extends Occurrence {
  taskId: number;
  planId: number;
  seq: number;
  title: string;
  unitId: number;
  unitName: string;
  leaderName: string | null;
}

export interface Meeting {
  id: number;
  unitId: number;
  unitName: string;
  kind: MeetingKind;
  heldOn: string;
  title: string;
  topics: string | null;
  minutes: string | null;
  present?: number;
  absent?: number;
  isDemo: boolean;
}

export interface MeetingDetail extends Meeting {
  attendance: { personId: number; name: string; title: string | null; present: boolean; absenceReason: string | null }[];
  materials: { id: number; fileName: string; mime: string; size: number; createdAt: string }[];
}


export interface QuotaProgress {
  kind: MeetingKind;
  target: number;
  held: number;
  expectedByNow: number;
  status: 'met' | 'on_track' | 'behind';
  seedRef: string;
}

export type Figures = ResponsibilityFigures;

export interface DashboardUnit {
  unitId: number;
  name: string;
  kind: string;
  hasChildren: boolean;
  figures: Figures;
  own: Figures;
}

export type TaskImportResult = SheetImport<{ row: number; title: string; lead: string[]; responsible: string[]; leader: string | null; recurrence: Recurrence; dueDate: string | null; evidence: string; occurrences: number }>;

export interface PlanInput {
  unitId: number;
  year: number;
  title?: string | null;
  templateKey?: string | null;
  mapping?: { departments: Record<string, number | null>; leaders: Partial<Record<LeaderRole, number | null>> };
}


export const listTemplates = () => api.get<{ templates: PlanTemplate[] }>('/api/responsibility/templates');
export const suggestMapping = (unitId: number, template: string) => api.get<{ departments: Record<string, number | null> }>(`/api/units/${unitId}/responsibility/template-mapping`, { template });
export const listPlans = (query: { unitId?: number; year?: number }) => api.get<{ plans: Plan[] }>('/api/responsibility/plans', query);
export const getPlan = (id: number) => api.get<PlanDetail>(`/api/responsibility/plans/${id}`);
export const createPlan = (input: PlanInput) => api.post<PlanDetail>('/api/responsibility/plans', input);
export const addTask = (planId: number, input: TaskInput) => api.post<Task>(`/api/responsibility/plans/${planId}/tasks`, input);
export const updateTask = (id: number, input: Partial<TaskInput>) => api.patch<Task>(`/api/responsibility/tasks/${id}`, input);
export const deleteTask = (id: number) => api.delete(`/api/responsibility/tasks/${id}`);
export interface TaskNote {
  id: number;
  note: string;
  periodKey: string | null;
  fileName: string | null;
  size: number | null;
  author: string | null;
  createdAt: string;
}
export const listTaskNotes = (taskId: number) => api.get<{ notes: TaskNote[] }>(`/api/responsibility/tasks/${taskId}/notes`);
export const addTaskNote = (taskId: number, input: { note: string; occurrenceId?: number | null }) => api.post<{ id: number }>(`/api/responsibility/tasks/${taskId}/notes`, input);
export const attachNoteFile = (noteId: number, file: File) => api.upload<{ ok: true }>(`/api/responsibility/task-notes/${noteId}/file`, file, 'application/octet-stream', { name: file.name });
export const downloadNoteFile = (noteId: number, name: string) => api.download(`/api/responsibility/task-notes/${noteId}/file`, name);
export const completeOccurrence = (id: number, note: string) => api.post<{ ok: true }>(`/api/responsibility/occurrences/${id}/complete`, { note });
export const reopenOccurrence = (id: number, reason: string) => api.post<{ ok: true }>(`/api/responsibility/occurrences/${id}/reopen`, { reason });
export const listOccurrences = (query: OccurrenceQuery & { page?: number; pageSize?: number }) => api.get<{ total: number; occurrences: OccurrenceRow[] }>('/api/responsibility/occurrences', { ...query });
export const exportTasks = (planId: number) => api.download(`/api/responsibility/plans/${planId}/export.xlsx`, '任务分解.xlsx');
export const importTasks = (planId: number, file: Blob, dryRun: boolean) => api.upload<TaskImportResult>(`/api/responsibility/plans/${planId}/import`, file, XLSX_MIME, { dryRun });

export const listMeetings = (query: { unitId?: number; subtree?: boolean; kind?: MeetingKind; year?: number }) => api.get<{ meetings: Meeting[] }>('/api/responsibility/meetings', query);
export const getMeeting = (id: number) => api.get<MeetingDetail>(`/api/responsibility/meetings/${id}`);
export const recordMeeting = (input: MeetingInput) => api.post<Meeting>('/api/responsibility/meetings', input);
export const uploadMaterial = (meetingId: number, file: File) => api.upload<{ id: number }>(`/api/responsibility/meetings/${meetingId}/materials`, file, 'application/octet-stream', { name: file.name });
export const downloadMaterial = (id: number, name: string) => api.download(`/api/responsibility/materials/${id}`, name);
export const deleteMeeting = (id: number) => api.delete(`/api/responsibility/meetings/${id}`);
export const getQuotas = (unitId: number, year: number) => api.get<{ year: number; quotas: QuotaProgress[] }>(`/api/units/${unitId}/meeting-quotas`, { year });
export const setQuotas = (unitId: number, year: number, targets: Partial<Record<MeetingKind, number>>) =>
  api.put<{ year: number; quotas: QuotaProgress[] }>(`/api/units/${unitId}/meeting-quotas`, { year, targets });

export const getResponsibilityDashboard = (query: { unitId?: number; year?: number }) =>
  api.get<{ year: number; today: string; unit: DashboardUnit; children: DashboardUnit[] }>('/api/responsibility/dashboard', query);
export const getCalendar = (query: { unitId?: number; subtree?: boolean; from: string; to: string }) =>
  api.get<{
    occurrences: OccurrenceRow[];
    meetings: Meeting[];
    riskReviews: { id: number; date: string; description: string; unitName: string }[];
    rectifications: { id: number; date: string; finding: string; unitName: string }[];
  }>('/api/responsibility/calendar', query);
export const exportMeetings = (query: { unitId: number; year: number; subtree?: boolean }) => api.download('/api/responsibility/meetings/export.xlsx', '会议台账.xlsx', query);
export const exportQuotas = (query: { unitId: number; year: number }) => api.download('/api/responsibility/meeting-quotas/export.xlsx', '会议指标.xlsx', query);

/** Every responsibility query starts with 'responsibility': a meeting recorded refreshes plans, quotas and the roll-up together. */
export const responsibilityKeys = {
  all: ['responsibility'] as const,
  templates: ['responsibility', 'templates'] as const,
  plans: (q: object) => ['responsibility', 'plans', q] as const,
  plan: (id: number) => ['responsibility', 'plan', id] as const,
  occurrences: (q: object) => ['responsibility', 'occurrences', q] as const,
  meetings: (q: object) => ['responsibility', 'meetings', q] as const,
  meeting: (id: number) => ['responsibility', 'meeting', id] as const,
  quotas: (unitId: number, year: number) => ['responsibility', 'quotas', unitId, year] as const,
  dashboard: (q: object) => ['responsibility', 'dashboard', q] as const,
  calendar: (q: object) => ['responsibility', 'calendar', q] as const,
};

export interface Risk {
  id: number;
  unitId: number;
  unitName: string;
  description: string;
  area: (typeof RISK_AREAS)[number];
  likelihood: number;
  impact: number;
  level: RiskLevel;
  measures: string | null;
  ownerPersonId: number | null;
  ownerName: string | null;
  nextReviewOn: string | null;
  reviewOverdue: boolean;
  status: RiskStatus;
}
export interface RiskReview {
  id: number;
  reviewedOn: string;
  likelihood: number;
  impact: number;
  level: RiskLevel;
  status: RiskStatus;
  note: string | null;
  reviewerName: string | null;
}
export const listRisks = (query: { unitId?: number; subtree?: boolean; status?: RiskStatus }) => api.get<{ risks: Risk[] }>('/api/responsibility/risks', query);
export const getRisk = (id: number) => api.get<Risk & { reviews: RiskReview[] }>(`/api/responsibility/risks/${id}`);
export const createRisk = (input: { unitId: number; description: string; area: string; likelihood: number; impact: number; measures?: string | null; ownerPersonId?: number | null }) =>
  api.post<Risk>('/api/responsibility/risks', input);
export const reviewRisk = (id: number, input: { likelihood: number; impact: number; status: RiskStatus; note?: string | null }) => api.post<Risk>(`/api/responsibility/risks/${id}/reviews`, input);

export interface Checklist {
  key: string;
  title: { 'zh-CN': string; en: string };
  items: { key: string; text: string; seedRef: string }[];
}
export interface Rectification {
  id: number;
  inspectionId: number;
  inspectionTitle: string;
  unitId: number;
  unitName: string;
  finding: string;
  ownerName: string | null;
  ownerDepartmentName: string | null;
  deadline: string;
  status: 'open' | 'closed';
  overdue: boolean;
  closedAt: string | null;
  closingEvidence: string | null;
}
export interface InspectionRow {
  id: number;
  unitId: number;
  unitName: string;
  kind: 'inspection' | 'self_check';
  checklistKey: string | null;
  title: string;
  inspectedOn: string;
}
export const listChecklists = () => api.get<{ checklists: Checklist[] }>('/api/responsibility/checklists');
export const listInspections = (query: { unitId?: number; subtree?: boolean }) => api.get<{ inspections: InspectionRow[] }>('/api/responsibility/inspections', query);
export const recordInspection = (input: { unitId: number; title: string; inspectedOn: string; findings: { finding: string; ownerPersonId?: number | null; deadline: string }[] }) =>
  api.post<{ id: number }>('/api/responsibility/inspections', input);
export const runSelfCheck = (input: { unitId: number; checklistKey: string; inspectedOn: string; answers: { key: string; passed: boolean; evidence?: string | null }[] }) =>
  api.post<{ id: number }>('/api/responsibility/self-checks', input);
export const listRectifications = (query: { unitId?: number; subtree?: boolean; state?: 'open' | 'overdue' | 'closed' }) => api.get<{ rectifications: Rectification[] }>('/api/responsibility/rectifications', query);
export const closeRectification = (id: number, evidence: string) => api.post<{ ok: true }>(`/api/responsibility/rectifications/${id}/close`, { evidence });

export interface SchemeScores {
  scheme: { id: number; unitId: number; unitName: string; year: number; title: string; indicators: { key: string; name: string; weight: number; rule: { kind: string } }[] };
  ranking: { unitId: number; unitName: string; rank: number; total: number; complete: boolean; items: { key: string; name: string; weight: number; score: number | null; basis: string }[] }[];
}
export const listSchemes = (unitId?: number) => api.get<{ schemes: { id: number; unitId: number; unitName: string; year: number; title: string }[] }>('/api/responsibility/assessment-schemes', { unitId });
export const createScheme = (input: { unitId: number; year: number; title: string }) => api.post<SchemeScores>('/api/responsibility/assessment-schemes', input);
export const getSchemeScores = (id: number) => api.get<SchemeScores>(`/api/responsibility/assessment-schemes/${id}/scores`);
export const setManualScore = (id: number, input: { unitId: number; indicatorKey: string; score: number; comment: string }) => api.put<SchemeScores>(`/api/responsibility/assessment-schemes/${id}/scores`, input);

export interface AccountabilityCase {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  outcome: (typeof OUTCOMES)[number];
  responsibility: 'collective' | 'individual';
  decidedOn: string;
}
export interface AccountabilityDetail extends AccountabilityCase {
  facts: string;
  clauses: string[];
  decisionDocument: string | null;
  people: { personId: number; name: string; title: string | null; part: (typeof PARTS)[number]; dissent: boolean; bears: 'main' | 'important' | 'individual' | 'none' }[];
}
export const listClauses = (unitId: number) => api.get<{ clauses: { key: string; text: string; seedRef: string }[] }>(`/api/units/${unitId}/accountability-clauses`);
export const listCases = () => api.get<{ cases: AccountabilityCase[] }>('/api/responsibility/accountability');
export const getCase = (id: number) => api.get<AccountabilityDetail>(`/api/responsibility/accountability/${id}`);
export const recordCase = (input: {
  unitId: number;
  title: string;
  facts: string;
  clauses: string[];
  responsibility: 'collective' | 'individual';
  outcome: string;
  decisionDocument?: string | null;
  decidedOn: string;
  people: { personId: number; part: string; dissent: boolean }[];
}) => api.post<{ id: number }>('/api/responsibility/accountability', input);
