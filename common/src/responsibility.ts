/** Kinds of meetings and study sessions the seeds count (中心组学习 … 培训). Codes follow the glossary. */
export const MEETING_KINDS = ['central_study', 'topic_review', 'analysis', 'democratic_life', 'organizational_life', 'party_day', 'training'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, { 'zh-CN': string; en: string }> = {
  central_study: { 'zh-CN': '中心组学习', en: 'Central-group study' },
  topic_review: { 'zh-CN': '专题研究意识形态工作', en: 'Topic review of ideology work' },
  analysis: { 'zh-CN': '分析研判会', en: 'Analysis meeting' },
  democratic_life: { 'zh-CN': '民主生活会', en: 'Democratic life meeting' },
  organizational_life: { 'zh-CN': '组织生活会', en: 'Organisational life meeting' },
  party_day: { 'zh-CN': '支部主题党日', en: 'Branch theme party day' },
  training: { 'zh-CN': '培训', en: 'Training' },
};

export const RECURRENCES = ['none', 'weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const RECURRENCE_LABELS: Record<Recurrence, { 'zh-CN': string; en: string }> = {
  none: { 'zh-CN': '一次性', en: 'Once' },
  weekly: { 'zh-CN': '每周', en: 'Weekly' },
  monthly: { 'zh-CN': '每月', en: 'Monthly' },
  quarterly: { 'zh-CN': '每季度', en: 'Quarterly' },
  half_yearly: { 'zh-CN': '每半年', en: 'Half-yearly' },
  yearly: { 'zh-CN': '每年', en: 'Yearly' },
};

/**
 * What completes an occurrence of a task. `meeting`: N meetings of a kind held in the period;
 * `submissions`: N news items sent up; `channel_review`: N reviews of the unit's channels;
 * `manual`: someone records it done with a note.
 */
export const EVIDENCE_KINDS = ['meeting', 'submissions', 'channel_review', 'manual'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type EvidenceRule =
  | { kind: 'meeting'; meetingKind: MeetingKind; count: number }
  | { kind: 'submissions'; count: number }
  | { kind: 'channel_review'; count: number }
  | { kind: 'manual' };
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, { 'zh-CN': string; en: string }> = {
  meeting: { 'zh-CN': '召开会议', en: 'A meeting held' },
  submissions: { 'zh-CN': '信息报送', en: 'Submissions sent up' },
  channel_review: { 'zh-CN': '阵地巡查', en: 'Channel reviews' },
  manual: { 'zh-CN': '人工确认', en: 'Confirmed by hand' },
};

export const OCCURRENCE_STATES = ['done', 'overdue', 'due_soon', 'open', 'upcoming'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

/** Who answers for a task, by position; a unit maps each to one of its people when it instantiates a plan. */
export const LEADER_ROLES = ['first_responsible', 'direct_responsible', 'oversight'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** A task as a plan's editor sends it: the body of POST /api/responsibility/plans/:id/tasks (PATCH takes any part). */
export interface TaskInput {
  title: string;
  body?: string | null;
  leadDepartmentIds?: number[];
  responsibleDepartmentIds?: number[];
  leadNote?: string | null;
  responsibleNote?: string | null;
  leaderPersonId?: number | null;
  recurrence: Recurrence;
  dueDate?: string | null;
  evidence: EvidenceRule;
  progressNote?: string | null;
}

export interface AttendanceInput {
  personId: number;
  present: boolean;
  absenceReason?: string | null;
}

/** The body of POST /api/responsibility/meetings. */
export interface MeetingInput {
  unitId: number;
  kind: MeetingKind;
  heldOn: string;
  title: string;
  topics?: string | null;
  minutes?: string | null;
  attendance?: AttendanceInput[];
}

/** A unit's figures in the roll-up, its own or summed over its subtree. */
export interface ResponsibilityFigures {
  units: number;
  tasks: { total: number; done: number; overdue: number; dueSoFar: number };
  meetings: Record<MeetingKind, { held: number; target: number }>;
  /** Units of the subtree behind pro rata on at least one quota. */
  unitsBehind: number;
  rectifications: { open: number; overdue: number };
  /** Quarterly analysis reports due so far and those submitted on time. */
  reports: { due: number; onTime: number };
}

export const RISK_AREAS = ['channels', 'public_opinion', 'study', 'team', 'confidentiality', 'other'] as const;
export type RiskArea = (typeof RISK_AREAS)[number];
export const RISK_STATUSES = ['open', 'controlled', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** Accountability outcomes the seeds list, mildest first (篇四, 篇六第九条, 篇十 四（二）). */
export const OUTCOMES = ['reminder', 'criticism', 'written_review', 'circulated_criticism', 'organisational', 'disciplinary'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** A person's part in the decision an accountability case is about. */
export const PARTS = ['principal', 'in_charge', 'participant', 'decider', 'other'] as const;
export type Part = (typeof PARTS)[number];

/** One task of a plan template, with the seed passage it comes from. */
export interface TemplateTask {
  title: string;
  body: string;
  /** The seed passage the task comes from: 篇 and its numbering. */
  seedRef: string;
  lead: string[];
  responsible: string[];
  leaderRole: LeaderRole;
  recurrence: Recurrence;
  /** For a one-off task, its month and day (MM-DD). */
  due?: string;
  evidence: EvidenceRule;
}

/** Filters of the task-period list the roll-up's figures open. */
export interface OccurrenceQuery {
  unitId?: number;
  /** With a unit: include its subordinate units (the roll-up's drill-down). */
  subtree?: boolean;
  state?: OccurrenceState;
  from?: string;
  to?: string;
}
