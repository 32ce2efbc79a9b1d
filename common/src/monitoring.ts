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

/** The item fields a JSON API, a push body or an import file can fill. */
export const MAPPABLE_FIELDS = ['key', 'title', 'text', 'url', 'publishedAt', 'reposts', 'comments', 'likes', 'views'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
/** Field → where its value is: a column header, or a dotted path into a JSON object (`data.stats.likes`). */
export type FieldMapping = Partial<Record<MappableField, string>>;

/** Settings of a source by kind, kept as JSON in source.config. */
export interface SourceConfig {
  /** page: the element holding the content; Readability decides when absent. */
  selector?: string;
  /** api: where the list of records sits in the response (`data.list`); the response itself when absent. */
  itemsPath?: string;
  /** api, push, import: where each field is. */
  mapping?: FieldMapping;
}

/** A source as its form edits it: the body of POST /api/sources (PATCH takes any part but the unit and kind). */
export interface SourceInput {
  unitId: number;
  name: string;
  kind: SourceKind;
  url?: string | null;
  config?: SourceConfig;
  mediaTier: MediaTier;
  intervalMinutes?: number;
  enabled?: boolean;
  internal?: boolean;
}

export interface SourceHealth {
  lastSuccessAt: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failureCount: number;
  nextPollAt: string | null;
  itemsPerDay: number;
  /** ok: last poll worked; failing: the last poll failed; idle: never polled or not a polled kind. */
  state: 'ok' | 'failing' | 'idle';
}

/** The form for staff who do not write rules: 地域词, 主体词, 事件词 and 排除词. */
export interface WordGroups {
  /** 地域词: places (灞桥, 灞桥街道). */
  region: readonly string[];
  /** 主体词: who or what (街道办, 学校). */
  subject: readonly string[];
  /** 事件词: what happened (拆迁, 投诉). */
  event: readonly string[];
  /** 排除词: words that rule an item out (招聘, 广告). */
  exclude: readonly string[];
}

/** A topic as its editor sends it: the body of POST /api/topics. */
export interface TopicInput {
  unitId: number;
  name: string;
  /** Either a rule, or word groups that compile to one. */
  rule?: string;
  wordGroups?: WordGroups;
  sensitivity: number;
  alertGrade: number;
  enabled: boolean;
}
