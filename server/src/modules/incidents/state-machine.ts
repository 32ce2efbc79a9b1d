import type { IncidentState, Role } from '@yuqing/common';

/** What the guards read about an incident; gathered by the service, judged here. */
export interface IncidentFacts {
  grade: number;
  flashReportFiled: boolean;
  consultationRecorded: boolean;
  statementApproved: boolean;
  replyRecorded: boolean;
  superiorAcknowledged: boolean;
}

export type GuardId = keyof typeof GUARDS;

/** Each guard: the grades it binds (4 = IV 一般 … 1 = I 特别重大), what must hold, and why, in both languages. */
export const GUARDS = {
  flash_report_filed: { grades: [1, 2, 3, 4], holds: (f: IncidentFacts) => f.flashReportFiled, reason: { 'zh-CN': '尚未报送快报', en: 'no flash report has been filed' } },
  consultation_recorded: { grades: [1, 2, 3], holds: (f: IncidentFacts) => f.consultationRecorded, reason: { 'zh-CN': '较大及以上舆情须先记录会商', en: 'grade III and above needs a consultation record first' } },
  statement_approved: { grades: [1, 2, 3], holds: (f: IncidentFacts) => f.statementApproved, reason: { 'zh-CN': '较大及以上舆情的通稿尚未审批通过', en: 'the statement of a grade III or graver incident is not approved' } },
  reply_recorded: { grades: [1, 2, 3, 4], holds: (f: IncidentFacts) => f.replyRecorded, reason: { 'zh-CN': '尚未登记正面回复（渠道、时间、链接）', en: 'no published reply (where, when, link) is recorded' } },
  superior_acknowledged: { grades: [1, 2], holds: (f: IncidentFacts) => f.superiorAcknowledged, reason: { 'zh-CN': '重大及以上舆情须待上级确认收到快报后才能办结', en: 'grade II and above closes only after the superior acknowledged the report' } },
} as const satisfies Record<string, { grades: readonly number[]; holds: (f: IncidentFacts) => boolean; reason: { 'zh-CN': string; en: string } }>;

const STAFF: readonly Role[] = ['group_office', 'department_head', 'member'];
const LEADERS: readonly Role[] = ['direct_responsible', 'leadership', 'first_responsible'];
const OFFICE_AND_LEADERS: readonly Role[] = ['group_office', ...LEADERS];

export interface Transition {
  from: IncidentState;
  to: IncidentState;
  roles: readonly Role[];
  guards: readonly GuardId[];
}

/**
 * The whole machine as data. The seed's steps in order; 跟踪引导 may go back to 会商 when doubts
 * cannot be answered (篇四 第七步: 上报 … 会商后拿出一个合理的回复方案). The review is written once closed.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'discovered', to: 'monitoring', roles: [...STAFF, ...LEADERS], guards: [] },
  { from: 'monitoring', to: 'reported', roles: [...STAFF, ...LEADERS], guards: ['flash_report_filed'] },
  { from: 'reported', to: 'consulting', roles: OFFICE_AND_LEADERS, guards: [] },
  { from: 'consulting', to: 'drafting', roles: OFFICE_AND_LEADERS, guards: ['consultation_recorded'] },
  { from: 'drafting', to: 'replied', roles: [...STAFF, ...LEADERS], guards: ['statement_approved', 'reply_recorded'] },
  { from: 'replied', to: 'following', roles: [...STAFF, ...LEADERS], guards: [] },
  { from: 'following', to: 'consulting', roles: [...STAFF, ...LEADERS], guards: [] },
  { from: 'following', to: 'closed', roles: OFFICE_AND_LEADERS, guards: ['superior_acknowledged'] },
];

export type TransitionVerdict =
  | { ok: true; transition: Transition }
  | { ok: false; kind: 'illegal'; allowed: IncidentState[] }
  | { ok: false; kind: 'role'; roles: readonly Role[] }
  | { ok: false; kind: 'guard'; failed: GuardId[] };

export const targetsFrom = (state: IncidentState): IncidentState[] => TRANSITIONS.filter((t) => t.from === state).map((t) => t.to);

export function failedGuards(t: Transition, facts: IncidentFacts): GuardId[] {
  return t.guards.filter((g) => (GUARDS[g].grades as readonly number[]).includes(facts.grade) && !GUARDS[g].holds(facts));
}

/** Judges one requested move: the table first, then the actor's roles, then the guards. */
export function judgeTransition(state: IncidentState, to: IncidentState, roles: readonly Role[], facts: IncidentFacts): TransitionVerdict {
  const t = TRANSITIONS.find((x) => x.from === state && x.to === to);
  if (!t) return { ok: false, kind: 'illegal', allowed: targetsFrom(state) };
  if (!roles.some((r) => t.roles.includes(r))) return { ok: false, kind: 'role', roles: t.roles };
  const failed = failedGuards(t, facts);
  return failed.length ? { ok: false, kind: 'guard', failed } : { ok: true, transition: t };
}

/** The moves open to this actor now, with the guards still in the way, for the incident page's buttons. */
export function movesFor(state: IncidentState, roles: readonly Role[], facts: IncidentFacts) {
  return TRANSITIONS.filter((t) => t.from === state && roles.some((r) => t.roles.includes(r))).map((t) => ({ to: t.to, blockedBy: failedGuards(t, facts) }));
}
