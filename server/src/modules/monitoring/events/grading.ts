import type { Grade, Locale, MediaTier } from '@yuqing/common';

/*
 * Grading (分级) of an event: pure functions over its figures and a unit's rule set.
 *
 * There is no national standard; unit plans grade qualitatively (DESIGN.md, "Grading"). Each plan
 * sentence becomes a rule: a grade and the figures that must all reach their minimums. An event
 * takes the gravest grade among the rules that fired, IV 一般 when none did, and keeps every
 * fired rule as a reason, so staff see why and can disagree with a number rather than a verdict.
 */

/** The figures the rules read. Rates are items per hour; shares are 0…1. */
export interface GradeFigures {
  /** Items in the event. */
  volume: number;
  /** Distinct sources. */
  sources: number;
  /** Reposts + comments + likes: reach (views are not counted everywhere and would swamp it). */
  reach: number;
  negativeShare: number;
  /** Rank of the highest media tier involved (TIER_RANK), 0 when unknown. */
  tierRank: number;
  /** Items in the last hour. */
  velocity: number;
  /** Items per hour before the last hour: what the velocity is compared with. */
  baselinePerHour: number;
  /** The topic's sensitivity: 1 ordinary, 2 sensitive, 3 highly sensitive. */
  sensitivity: number;
}

export const GRADE_METRICS = ['volume', 'sources', 'reach', 'negativeShare', 'tierRank', 'velocity', 'acceleration', 'sensitivity'] as const;
export type GradeMetric = (typeof GRADE_METRICS)[number];

/** Central media reach furthest; government and self-media accounts rank with the smallest outlets. */
export const TIER_RANK: Record<MediaTier, number> = { central: 5, provincial: 4, municipal: 3, local: 2, government: 1, self_media: 1 };

export interface GradeRule {
  id: string;
  grade: Exclude<Grade, 4>;
  /** Every named metric must reach its minimum. */
  when: Partial<Record<GradeMetric, number>>;
  /** A name for a unit's own rule; the defaults are named in RULE_NAMES. */
  label?: { 'zh-CN': string; en: string };
}

export interface GradeReason {
  rule: string;
  grade: Grade;
  'zh-CN': string;
  en: string;
}

export interface Grading {
  grade: Grade;
  reasons: GradeReason[];
}

/**
 * Defaults, one rule per sentence of the unit plans DESIGN.md quotes:
 * 较大 — several sites, negative voices rising; 重大 — fast fermentation, on a key field, or
 * mainstream media (TV, press) involved; 特别重大 — serious harm to stability; and the plans that
 * grade by the highest media tier (local → III, provincial → II, central → I).
 */
export const DEFAULT_GRADE_RULES: GradeRule[] = [
  { id: 'several_sites_negative', grade: 3, when: { sources: 3, negativeShare: 0.4 } },
  { id: 'volume_significant', grade: 3, when: { volume: 30 } },
  { id: 'reach_significant', grade: 3, when: { reach: 10_000 } },
  { id: 'local_media', grade: 3, when: { tierRank: TIER_RANK.local } },
  { id: 'sensitive_negative', grade: 3, when: { sensitivity: 2, negativeShare: 0.5, volume: 5 } },
  { id: 'fast_fermentation', grade: 2, when: { velocity: 30, acceleration: 3 } },
  { id: 'fast_on_key_field', grade: 2, when: { sensitivity: 3, velocity: 10, acceleration: 2 } },
  { id: 'mainstream_media', grade: 2, when: { tierRank: TIER_RANK.provincial } },
  { id: 'volume_major', grade: 2, when: { volume: 200, negativeShare: 0.5 } },
  { id: 'reach_major', grade: 2, when: { reach: 100_000 } },
  { id: 'central_media_negative', grade: 1, when: { tierRank: TIER_RANK.central, negativeShare: 0.5 } },
  { id: 'mass_negative_fast', grade: 1, when: { volume: 1000, negativeShare: 0.6, velocity: 100 } },
  { id: 'reach_extreme', grade: 1, when: { reach: 1_000_000, negativeShare: 0.5 } },
];

export const RULE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  several_sites_negative: { 'zh-CN': '多个网站传播，负面声音上升', en: 'several sites, negative voices rising' },
  volume_significant: { 'zh-CN': '信息量较大', en: 'a sizeable number of items' },
  reach_significant: { 'zh-CN': '互动量较大', en: 'sizeable engagement' },
  local_media: { 'zh-CN': '地方媒体介入', en: 'local media involved' },
  sensitive_negative: { 'zh-CN': '敏感主题，负面为主', en: 'a sensitive topic, mostly negative' },
  fast_fermentation: { 'zh-CN': '快速发酵', en: 'fermenting fast' },
  fast_on_key_field: { 'zh-CN': '重点领域快速发酵', en: 'fermenting fast in a key field' },
  mainstream_media: { 'zh-CN': '主流媒体（省级以上）介入', en: 'mainstream (provincial or higher) media involved' },
  volume_major: { 'zh-CN': '信息量大且负面过半', en: 'many items, mostly negative' },
  reach_major: { 'zh-CN': '互动量大', en: 'large engagement' },
  central_media_negative: { 'zh-CN': '中央媒体介入且负面为主', en: 'central media involved, mostly negative' },
  mass_negative_fast: { 'zh-CN': '大规模负面信息快速增长，可能影响稳定', en: 'a mass of negative items growing fast: a risk to stability' },
  reach_extreme: { 'zh-CN': '互动量极大且负面为主', en: 'huge engagement, mostly negative' },
};

const NONE_FIRED = { 'zh-CN': '零星议论，未达到较大级别的任何条件', en: 'scattered comments; no condition of a graver grade met' };

/** Velocity against its baseline; a baseline under one item an hour counts as one, so a first burst is not infinite. */
export function acceleration(f: Pick<GradeFigures, 'velocity' | 'baselinePerHour'>): number {
  return f.velocity / Math.max(1, f.baselinePerHour);
}

function metricValue(f: GradeFigures, m: GradeMetric): number {
  return m === 'acceleration' ? acceleration(f) : f[m];
}

export function gradeEvent(figures: GradeFigures, rules: readonly GradeRule[]): Grading {
  const fired = rules.filter((r) => GRADE_METRICS.some((m) => r.when[m] !== undefined) && GRADE_METRICS.every((m) => r.when[m] === undefined || metricValue(figures, m) >= r.when[m]!));
  if (fired.length === 0) return { grade: 4, reasons: [{ rule: 'none', grade: 4, ...describeNone(figures) }] };
  const ordered = [...fired].sort((a, b) => a.grade - b.grade);
  return { grade: ordered[0].grade, reasons: ordered.map((r) => ({ rule: r.id, grade: r.grade, 'zh-CN': describe(r, figures, 'zh-CN'), en: describe(r, figures, 'en') })) };
}

const TIER_BY_RANK: Record<number, Record<Locale, string>> = {
  5: { 'zh-CN': '中央媒体', en: 'central media' },
  4: { 'zh-CN': '省级媒体', en: 'provincial media' },
  3: { 'zh-CN': '市级媒体', en: 'municipal media' },
  2: { 'zh-CN': '地方媒体', en: 'local media' },
  1: { 'zh-CN': '自媒体或政务号', en: 'self-media or government accounts' },
  0: { 'zh-CN': '未知', en: 'unknown' },
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(1));

/** One condition as a person reads it: the figure, then the minimum it reached. */
export function describeCondition(m: GradeMetric, value: number, min: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (m) {
    case 'volume':
      return zh ? `信息 ${num(value)} 条（≥ ${num(min)}）` : `${num(value)} items (≥ ${num(min)})`;
    case 'sources':
      return zh ? `来源 ${num(value)} 个（≥ ${num(min)}）` : `${num(value)} sources (≥ ${num(min)})`;
    case 'reach':
      return zh ? `转评赞 ${num(value)}（≥ ${num(min)}）` : `${num(value)} reposts, comments and likes (≥ ${num(min)})`;
    case 'negativeShare':
      return zh ? `负面占比 ${pct(value)}（≥ ${pct(min)}）` : `negative share ${pct(value)} (≥ ${pct(min)})`;
    case 'tierRank':
      return zh ? `最高媒体级别为${TIER_BY_RANK[value]?.[locale] ?? value}（不低于${TIER_BY_RANK[min]?.[locale] ?? min}）` : `highest tier ${TIER_BY_RANK[value]?.[locale] ?? value} (at least ${TIER_BY_RANK[min]?.[locale] ?? min})`;
    case 'velocity':
      return zh ? `近一小时 ${num(value)} 条（≥ ${num(min)}）` : `${num(value)} items in the last hour (≥ ${num(min)})`;
    case 'acceleration':
      return zh ? `增速为此前每小时均值的 ${num(value)} 倍（≥ ${num(min)}）` : `${num(value)}× the hourly baseline (≥ ${num(min)}×)`;
    case 'sensitivity':
      return zh ? `主题敏感程度 ${value}（≥ ${min}）` : `topic sensitivity ${value} (≥ ${min})`;
  }
}

function describe(rule: GradeRule, f: GradeFigures, locale: Locale): string {
  const name = rule.label?.[locale] ?? RULE_NAMES[rule.id]?.[locale] ?? rule.id;
  const parts = GRADE_METRICS.filter((m) => rule.when[m] !== undefined).map((m) => describeCondition(m, metricValue(f, m), rule.when[m]!, locale));
  return locale === 'zh-CN' ? `${name}：${parts.join('，')}` : `${name}: ${parts.join(', ')}`;
}

function describeNone(f: GradeFigures): Record<Locale, string> {
  return {
    'zh-CN': `${NONE_FIRED['zh-CN']}（信息 ${f.volume} 条，来源 ${f.sources} 个）`,
    en: `${NONE_FIRED.en} (${f.volume} items, ${f.sources} sources)`,
  };
}
