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
