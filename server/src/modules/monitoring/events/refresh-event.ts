import type { Grade } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import { computeFigures, gradeFigures, type FigureItem } from './figures.js';
import { gradeEvent, type GradeRule } from './grading.js';
import { findEventRow, itemsOfEvent, updateEvent, insertGradeHistory, type EventItemRow } from './event.repository.js';

/** Item keywords as the pipeline stores them: words, or `{ word, weight }` objects. */
export function keywordsOf(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.map((k) => (typeof k === 'string' ? k : typeof k === 'object' && k && 'word' in k ? String((k as { word: unknown }).word) : '')).filter(Boolean);
  } catch {
    return [];
  }
}

export const figureItem = (r: EventItemRow): FigureItem => ({
  id: r.id,
  title: r.title,
  text: r.text,
  at: r.at,
  sourceId: r.source_id,
  mediaTier: r.media_tier,
  sentiment: r.sentiment,
  reposts: r.reposts,
  comments: r.comments,
  likes: r.likes,
  views: r.views,
  keywords: keywordsOf(r.keywords),
});

export interface Refreshed {
  id: number;
  title: string;
  grade: Grade;
  previousGrade: Grade | null;
}

/**
 * Recomputes an event's figures from its items and regrades it: on every update, so the grade
 * always follows the figures. A history row is written when the grade or the set of rules that
 * fired changes, with the figures the rules read, so a past grade can be explained later.
 */
export async function refreshEvent(db: Executor, id: number, sensitivity: number, rules: readonly GradeRule[], now: Date): Promise<Refreshed> {
  const [before, rows] = await Promise.all([findEventRow(db, id), itemsOfEvent(db, id)]);
  if (!before) throw new Error(`event ${id} vanished while being refreshed`);
  const f = computeFigures(rows.map(figureItem), now);
  const inputs = gradeFigures(f, sensitivity);
  const grading = gradeEvent(inputs, rules);
  const reasons = JSON.stringify(grading.reasons);
  const at = now.toISOString();
  await updateEvent(db, id, {
    title: f.title,
    keywords: JSON.stringify(f.keywords),
    first_seen_at: f.firstSeenAt,
    last_seen_at: f.lastSeenAt,
    item_count: f.itemCount,
    source_count: f.sourceCount,
    tiers: JSON.stringify(f.tiers),
    highest_tier: f.highestTier,
    reposts: f.reposts,
    comments: f.comments,
    likes: f.likes,
    views: f.views,
    negative_count: f.negativeCount,
    velocity: f.velocity,
    baseline_per_hour: f.baselinePerHour,
    peak_per_hour: f.peakPerHour,
    peak_at: f.peakAt,
    grade: grading.grade,
    grade_reasons: reasons,
    graded_at: at,
    updated_at: at,
  });
  const firedBefore = (JSON.parse(before.grade_reasons) as { rule: string }[]).map((r) => r.rule).join(',');
  if (before.grade !== grading.grade || firedBefore !== grading.reasons.map((r) => r.rule).join(',')) {
    await insertGradeHistory(db, { event_id: id, grade: grading.grade, reasons, figures: JSON.stringify(inputs), created_at: at });
  }
  return { id, title: f.title, grade: grading.grade, previousGrade: before.grade as Grade | null };
}
