import { MEDIA_TIERS, type MediaTier } from '@yuqing/common';
import { TIER_RANK, type GradeFigures } from './grading.js';

/** What the figures need of one item of an event. `at` is when it appeared: published, else fetched. */
export interface FigureItem {
  id: number;
  title: string;
  text: string;
  at: string;
  sourceId: number | null;
  mediaTier: string;
  sentiment: string;
  reposts: number;
  comments: number;
  likes: number;
  views: number;
  keywords: string[];
}

export interface EventFigures {
  title: string;
  keywords: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  itemCount: number;
  sourceCount: number;
  tiers: Partial<Record<MediaTier, number>>;
  highestTier: MediaTier | null;
  reposts: number;
  comments: number;
  likes: number;
  views: number;
  negativeCount: number;
  velocity: number;
  baselinePerHour: number;
  peakPerHour: number;
  peakAt: string | null;
}

const HOUR = 3_600_000;
/** The hours before the last one that make the baseline: a day, or the event's age when younger. */
const BASELINE_HOURS = 24;
export const EVENT_KEYWORDS = 10;

/** The hour an instant falls in, as the ISO instant of its start. */
export function hourOf(iso: string): string {
  return new Date(Math.floor(Date.parse(iso) / HOUR) * HOUR).toISOString();
}

const tierRank = (tier: string) => TIER_RANK[tier as MediaTier] ?? 0;

/**
 * An event's figures from its items, at `now`. The title is the earliest headline from the highest
 * media tier: a central outlet's headline names a story better than the first self-media post.
 * Keywords are those most items share. Velocity counts items in the hour before `now`; the
 * baseline is the mean per hour over the day before that hour (over the event's age when younger,
 * at least one hour), so a story that was already loud does not look like it is accelerating.
 */
export function computeFigures(items: readonly FigureItem[], now: Date): EventFigures {
  if (items.length === 0) throw new Error('an event has at least one item');
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const tiers: Partial<Record<MediaTier, number>> = {};
  const sources = new Set<number | string>();
  const keywordCounts = new Map<string, number>();
  const perHour = new Map<string, number>();
  let [reposts, comments, likes, views, negativeCount] = [0, 0, 0, 0, 0];
  let headline = sorted[0];
  const nowMs = now.getTime();
  let lastHour = 0;
  let before = 0;
  for (const item of sorted) {
    const tier = (MEDIA_TIERS as readonly string[]).includes(item.mediaTier) ? (item.mediaTier as MediaTier) : null;
    if (tier) tiers[tier] = (tiers[tier] ?? 0) + 1;
    sources.add(item.sourceId ?? `tier:${item.mediaTier}`);
    reposts += item.reposts;
    comments += item.comments;
    likes += item.likes;
    views += item.views;
    if (item.sentiment === 'negative') negativeCount++;
    for (const k of new Set(item.keywords)) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + 1);
    const hour = hourOf(item.at);
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    if (tierRank(item.mediaTier) > tierRank(headline.mediaTier)) headline = item;
    const t = Date.parse(item.at);
    if (t > nowMs - HOUR) lastHour++;
    else if (t > nowMs - HOUR * (BASELINE_HOURS + 1)) before++;
  }
  const firstMs = Date.parse(sorted[0].at);
  const baselineHours = Math.min(BASELINE_HOURS, Math.max(1, (nowMs - HOUR - firstMs) / HOUR));
  let peakPerHour = 0;
  let peakAt: string | null = null;
  for (const [hour, n] of perHour) {
    if (n > peakPerHour || (n === peakPerHour && peakAt !== null && hour < peakAt)) [peakPerHour, peakAt] = [n, hour];
  }
  const highestTier = (Object.keys(tiers) as MediaTier[]).sort((a, b) => tierRank(b) - tierRank(a))[0] ?? null;
  const keywords = [...keywordCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, EVENT_KEYWORDS).map(([k]) => k);
  return {
    title: headline.title.trim() || headline.text.trim().slice(0, 60),
    keywords,
    firstSeenAt: sorted[0].at,
    lastSeenAt: sorted[sorted.length - 1].at,
    itemCount: items.length,
    sourceCount: sources.size,
    tiers,
    highestTier,
    reposts,
    comments,
    likes,
    views,
    negativeCount,
    velocity: lastHour,
    baselinePerHour: Math.round((before / baselineHours) * 100) / 100,
    peakPerHour,
    peakAt,
  };
}

export function gradeFigures(f: EventFigures, sensitivity: number): GradeFigures {
  return {
    volume: f.itemCount,
    sources: f.sourceCount,
    reach: f.reposts + f.comments + f.likes,
    negativeShare: f.itemCount ? f.negativeCount / f.itemCount : 0,
    tierRank: f.highestTier ? tierRank(f.highestTier) : 0,
    velocity: f.velocity,
    baselinePerHour: f.baselinePerHour,
    sensitivity,
  };
}

/** Items per hour from the first hour to the last, empty hours included, for the timeline chart. */
export function itemsPerHour(times: readonly string[]): { hour: string; count: number }[] {
  if (times.length === 0) return [];
  const counts = new Map<number, number>();
  for (const t of times) {
    const h = Math.floor(Date.parse(t) / HOUR);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const hours = [...counts.keys()];
  const [from, to] = [Math.min(...hours), Math.max(...hours)];
  // A story that lasts weeks would give thousands of empty hours: past 30 days, only hours with items.
  const dense = to - from <= 24 * 30;
  const out: { hour: string; count: number }[] = [];
  if (dense) for (let h = from; h <= to; h++) out.push({ hour: new Date(h * HOUR).toISOString(), count: counts.get(h) ?? 0 });
  else for (const h of hours.sort((a, b) => a - b)) out.push({ hour: new Date(h * HOUR).toISOString(), count: counts.get(h)! });
  return out;
}
