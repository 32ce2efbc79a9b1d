/** Media tiers of a source, highest reach first (DESIGN.md: 中央 / 省级 / 市级 / 地方 / 自媒体 / 政务). */
export const MEDIA_TIERS = ['central', 'provincial', 'municipal', 'local', 'self_media', 'government'] as const;
export type MediaTier = (typeof MEDIA_TIERS)[number];
export const MEDIA_TIER_LABELS: Record<MediaTier, { 'zh-CN': string; en: string }> = {
  central: { 'zh-CN': '中央媒体', en: 'Central media' },
  provincial: { 'zh-CN': '省级媒体', en: 'Provincial media' },
  municipal: { 'zh-CN': '市级媒体', en: 'Municipal media' },
  local: { 'zh-CN': '地方媒体', en: 'Local media' },
  self_media: { 'zh-CN': '自媒体', en: 'Self-media' },
  government: { 'zh-CN': '政务媒体', en: 'Government media' },
};

/** How a source's items arrive. */
export const SOURCE_KINDS = ['feed', 'page', 'api', 'push', 'import', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** Grade 4 is IV 一般 and 1 is I 特别重大, as the glossary writes it: a smaller number is graver. */
export const GRADES = [4, 3, 2, 1] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_NAMES: Record<Grade, { roman: string; 'zh-CN': string; en: string }> = {
  4: { roman: 'IV', 'zh-CN': '一般', en: 'General' },
  3: { roman: 'III', 'zh-CN': '较大', en: 'Significant' },
  2: { roman: 'II', 'zh-CN': '重大', en: 'Major' },
  1: { roman: 'I', 'zh-CN': '特别重大', en: 'Especially major' },
};
export const EVENT_STATUSES = ['open', 'merged', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
