/**
 * The seven-step response of the seed's 篇四 (发现 → 监测 → 快报 → 会商 → 通稿 → 正面回复 → 跟踪引导 → 平息),
 * shared by server rules and web screens. A review (复盘) is written after closing.
 */
export const INCIDENT_STATES = ['discovered', 'monitoring', 'reported', 'consulting', 'drafting', 'replied', 'following', 'closed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];
export const INCIDENT_STATE_LABELS: Record<IncidentState, { 'zh-CN': string; en: string }> = {
  discovered: { 'zh-CN': '发现', en: 'Discovered' },
  monitoring: { 'zh-CN': '监测', en: 'Monitoring' },
  reported: { 'zh-CN': '快报', en: 'Reported up' },
  consulting: { 'zh-CN': '会商', en: 'Consulting' },
  drafting: { 'zh-CN': '通稿', en: 'Drafting statement' },
  replied: { 'zh-CN': '正面回复', en: 'Replied' },
  following: { 'zh-CN': '跟踪引导', en: 'Following up' },
  closed: { 'zh-CN': '平息', en: 'Closed' },
};

/**
 * Deadline kinds in the order the steps fall due: a later one may never be shorter than an earlier one.
 * `press_conference` applies only where the preset names it (national rule for major emergencies).
 */
export const DEADLINE_KINDS = ['acknowledge', 'report', 'reply', 'press_conference', 'close'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_LABELS: Record<DeadlineKind, { 'zh-CN': string; en: string }> = {
  acknowledge: { 'zh-CN': '接报确认', en: 'Acknowledge' },
  report: { 'zh-CN': '快报上报', en: 'Report up' },
  reply: { 'zh-CN': '正面回复', en: 'Reply' },
  press_conference: { 'zh-CN': '新闻发布会', en: 'Press conference' },
  close: { 'zh-CN': '处置完毕', en: 'Close' },
};

export const DEADLINE_PRESETS = ['seed_12h', 'national'] as const;
export type DeadlinePreset = (typeof DEADLINE_PRESETS)[number];
export const DEADLINE_PRESET_LABELS: Record<DeadlinePreset, { 'zh-CN': string; en: string }> = {
  seed_12h: { 'zh-CN': '本单位预案：12 小时内正面回复', en: 'Unit plan: reply within 12 hours' },
  national: {
    'zh-CN': '国办发〔2016〕61号：重大突发事件 5 小时发布权威信息、24 小时举行发布会；其他政务舆情 48 小时内回应',
    en: 'State Council 2016 No. 61: major emergencies 5 h authoritative information, 24 h press conference; others within 48 h',
  },
};

/** Who a flash report goes to. `superior_*` live in the parent unit; `propaganda` is the nearest propaganda department above. */
export const RECIPIENT_TARGETS = ['own_office', 'own_leader', 'own_first', 'superior_leader', 'superior_first', 'superior_propaganda'] as const;
export type RecipientTarget = (typeof RECIPIENT_TARGETS)[number];
export const RECIPIENT_LABELS: Record<RecipientTarget, { 'zh-CN': string; en: string }> = {
  own_office: { 'zh-CN': '本单位领导小组办公室', en: 'Own leading-group office' },
  own_leader: { 'zh-CN': '本单位分管领导', en: 'Own leader in charge' },
  own_first: { 'zh-CN': '本单位第一责任人', en: 'Own first responsible' },
  superior_leader: { 'zh-CN': '上级分管领导', en: "Superior's leader in charge" },
  superior_first: { 'zh-CN': '上级党委、政府主要领导', en: "Superior's party committee and government" },
  superior_propaganda: { 'zh-CN': '上级宣传部', en: "Superior's propaganda department" },
};

/** The steps a statement's approval chain can hold, chosen by grade. */
export const STATEMENT_STEPS = ['leader_in_charge', 'first_responsible', 'superior_propaganda'] as const;
export type StatementStep = (typeof STATEMENT_STEPS)[number];
export const STATEMENT_STEP_LABELS: Record<StatementStep, { 'zh-CN': string; en: string }> = {
  leader_in_charge: { 'zh-CN': '分管领导', en: 'Leader in charge' },
  first_responsible: { 'zh-CN': '第一责任人', en: 'First responsible' },
  superior_propaganda: { 'zh-CN': '上级宣传部', en: "Superior's propaganda department" },
};

export const REPLY_KINDS = ['statement', 'press_conference', 'interview', 'other'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
export const REPLY_KIND_LABELS: Record<ReplyKind, { 'zh-CN': string; en: string }> = {
  statement: { 'zh-CN': '发布通稿', en: 'Statement' },
  press_conference: { 'zh-CN': '新闻发布会', en: 'Press conference' },
  interview: { 'zh-CN': '接受采访', en: 'Interview' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const INBOX_ACTIONS = ['acknowledge', 'comment', 'request_info', 'take_over'] as const;
export type InboxAction = (typeof INBOX_ACTIONS)[number];

export const INCIDENT_LIMITS = {
  statementMax: 20_000,
  summaryMax: 5_000,
  textMax: 5_000,
  participantsMax: 50,
  decisionsMax: 30,
} as const;
