import type { Hit } from './compiled-topic.js';
import { compileRule, type MatchOptions } from './evaluate.js';

/** How far back the topic editor previews a rule. */
export const PREVIEW_DAYS = 7;
export const PREVIEW_SAMPLE_SIZE = 20;

export interface PreviewItem<Id> {
  id: Id;
  title: string | null;
  text: string | null;
  publishedAt: Date | string | null;
}

export interface PreviewOptions extends MatchOptions {
  /** How many matched items to return (newest first). */
  sampleSize?: number;
  /** Items published before this are skipped (undated items are kept). */
  since?: Date;
}

export interface RulePreview<Id> {
  /** Items looked at (after `since`). */
  scanned: number;
  matched: number;
  /** The newest matched items with their hits; undated ones last, otherwise in the order given. */
  sample: { id: Id; hits: Hit[] }[];
}

/**
 * What a rule would have matched among recent items: the pure part of the topic editor's preview
 * (the caller reads the last `PREVIEW_DAYS` days of items). Throws `RuleSyntaxError`.
 */
export function previewRule<Id>(rule: string, items: Iterable<PreviewItem<Id>>, options: PreviewOptions = {}): RulePreview<Id> {
  const matcher = compileRule(rule, options);
  const since = options.since?.getTime() ?? -Infinity;
  const sampleSize = options.sampleSize ?? PREVIEW_SAMPLE_SIZE;
  const matched: { id: Id; hits: Hit[]; time: number; order: number }[] = [];
  let scanned = 0;
  for (const item of items) {
    const time = item.publishedAt === null ? NaN : new Date(item.publishedAt).getTime();
    if (time < since) continue;
    scanned++;
    const result = matcher.match(item);
    if (result.matched) matched.push({ id: item.id, hits: result.hits, time: Number.isNaN(time) ? -Infinity : time, order: matched.length });
  }
  const sample = matched
    .sort((a, b) => b.time - a.time || a.order - b.order)
    .slice(0, Math.max(0, sampleSize))
    .map(({ id, hits }) => ({ id, hits }));
  return { scanned, matched: matched.length, sample };
}
