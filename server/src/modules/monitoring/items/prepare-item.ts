import crypto from 'node:crypto';
import { classify } from '../sentiment/index.js';
import { normalizeText, type Segmenter } from '../text/index.js';
import { ItemRejected, type Engagement, type RawItem } from './raw-item.js';

export const KEYWORDS_PER_ITEM = 8;
const TITLE_FROM_TEXT = 60;
const MAX_TEXT = 100_000;

export interface PreparedItem {
  key: string;
  title: string;
  text: string;
  url: string | null;
  publishedAt: string | null;
  counts: Engagement;
  /** Whether the source reported counts at all: a feed never does, and its zeros are no observation. */
  hasCounts: boolean;
  /** Title and text as one normalised string: what dedup, sentiment and search read. */
  normalized: string;
  keywords: { word: string; weight: number }[];
  sentiment: { label: string; score: number };
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0);

function isoOrNull(value: string | null | undefined, field: string): string | null {
  if (value == null || value === '') return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new ItemRejected(`发布时间无法识别「${value.slice(0, 40)}」 / ${field} is not a date`);
  return new Date(t).toISOString();
}

/** Title and text as one normalised string. A feed's title usually opens its text; a post's title is cut from it. */
export function normalizedItemText(title: string, text: string): string {
  return joinNormalized(normalizeText(title), normalizeText(text));
}

const joinNormalized = (title: string, text: string) => (text.startsWith(title) ? text : `${title} ${text}`);

/**
 * Normalise → segment → keywords → sentiment for one item: everything but near-duplicates and
 * storage, which need the unit's recent items. Throws ItemRejected for input that is no item.
 */
export function prepareItem(raw: RawItem, segmenter: Segmenter): PreparedItem {
  const text = (raw.text ?? '').trim().slice(0, MAX_TEXT);
  const rawTitle = (raw.title ?? '').trim();
  if (!text && !rawTitle) throw new ItemRejected('既没有标题也没有正文 / the item has neither title nor text');
  // Each part is normalised once: the title is cut from the normalised text, not normalised again.
  const normalizedText = text ? normalizeText(text) : '';
  const title = rawTitle || normalizedText.slice(0, TITLE_FROM_TEXT);
  const normalizedTitle = rawTitle ? normalizeText(rawTitle) : title;
  const normalized = text ? joinNormalized(normalizedTitle, normalizedText) : normalizedTitle;
  const url = raw.url?.trim() || null;
  if (url && !/^https?:\/\//i.test(url)) throw new ItemRejected(`链接不是 http(s) 地址「${url.slice(0, 80)}」 / the link is not http(s)`);
  const key = raw.key?.trim() || url || `sha1:${crypto.createHash('sha1').update(normalized).digest('hex')}`;
  const prediction = classify(normalized);
  return {
    key: key.slice(0, 1000),
    title: title.slice(0, 500),
    text: text || title,
    url,
    publishedAt: isoOrNull(raw.publishedAt, 'published'),
    counts: { reposts: count(raw.counts?.reposts), comments: count(raw.counts?.comments), likes: count(raw.counts?.likes), views: count(raw.counts?.views) },
    hasCounts: raw.counts !== undefined,
    normalized,
    keywords: segmenter.keywords(normalized, KEYWORDS_PER_ITEM).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 })),
    sentiment: { label: prediction.label, score: Math.round(prediction.score * 1000) / 1000 },
  };
}
