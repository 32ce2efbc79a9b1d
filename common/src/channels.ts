/** Kinds of a unit's own positions (阵地). */
export const CHANNEL_KINDS = ['website', 'wechat_official', 'weibo', 'douyin', 'wechat_group', 'qq_group', 'notice_board', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KIND_LABELS: Record<ChannelKind, { 'zh-CN': string; en: string }> = {
  website: { 'zh-CN': '网站', en: 'Website' },
  wechat_official: { 'zh-CN': '微信公众号', en: 'WeChat official account' },
  weibo: { 'zh-CN': '微博', en: 'Weibo' },
  douyin: { 'zh-CN': '抖音', en: 'Douyin' },
  wechat_group: { 'zh-CN': '微信工作群', en: 'WeChat work group' },
  qq_group: { 'zh-CN': 'QQ工作群', en: 'QQ work group' },
  notice_board: { 'zh-CN': '宣传栏', en: 'Notice board' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
/** Kinds that publish to the public and so fall under the two-week update rule (国办秘函〔2019〕19号). */
export const PUBLISHING_CHANNEL_KINDS: readonly ChannelKind[] = ['website', 'wechat_official', 'weibo', 'douyin'];

export const CHANNEL_STATUSES = ['active', 'suspended', 'closed'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export const PUBLICATION_STATUSES = ['draft', 'in_review', 'approved', 'published', 'rejected'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** The default approval chain: 分管领导审核, then 主要领导审批 (seed: 信息上传实行分管领导审核、主要领导审批制度). */
export const APPROVAL_STEPS = ['review', 'approve'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

export const SUBMISSION_KINDS = ['news', 'lead'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** A channel as the register edits it: the body of POST /api/channels (PATCH takes any part but the unit). */
export interface ChannelInput {
  unitId: number;
  kind: ChannelKind;
  name: string;
  purpose?: string | null;
  ownerDepartmentId?: number | null;
  ownerPersonId?: number | null;
  administrators?: string | null;
  memberCount?: number | null;
  realNameVerified?: boolean;
  link?: string | null;
  feedUrl?: string | null;
  reviewCycleDays?: number;
  lastUpdateAt?: string | null;
  oldestUnansweredAt?: string | null;
  stalestColumnName?: string | null;
  stalestColumnAt?: string | null;
  status?: ChannelStatus;
  statusReason?: string | null;
}

/** A news item or lead sent up (信息报送): the body of POST /api/submissions. */
export interface SubmissionInput {
  unitId: number;
  title: string;
  kind: SubmissionKind;
  /** A date, YYYY-MM-DD, in Beijing time. */
  submittedOn: string;
  adopted?: boolean;
  adoptedBy?: string | null;
  note?: string | null;
}

/** One unit's line of the yearly submissions tally. */
export interface TallyRow {
  unitId: number;
  unitName: string;
  parentId: number | null;
  target: number;
  /** Submissions per month, January first. */
  months: number[];
  adopted: number;
  /** The first month the unit answers for (1–12; 13 when none): a unit created in June owes nothing for May. */
  fromMonth: number;
  /** Months from `fromMonth` up to the current one that reached the target. */
  monthsMet: number;
  /** How many months `monthsMet` is out of. */
  monthsDue: number;
  /** The same months summed over the unit and every unit below it: the superior's roll-up. */
  subtreeMonths: number[];
}

export const HEALTH_LEVELS = ['ok', 'warn', 'fail'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];
export type HealthFlagCode = 'stale_update' | 'no_update_recorded' | 'stale_column' | 'unanswered_fail' | 'unanswered_warn' | 'review_overdue' | 'not_real_name';

export interface HealthFlag {
  code: HealthFlagCode;
  level: Exclude<HealthLevel, 'ok'>;
  /** Whole days past the date that matters, for "已 20 天未更新"; null when there is no date. */
  days: number | null;
}
