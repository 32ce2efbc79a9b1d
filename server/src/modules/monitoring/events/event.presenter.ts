import type { GradeReason } from './grading.js';
import type { EventRow } from './event.repository.js';

/** Reasons as grading writes them; a bare sentence (events planted by other modules) keeps the event's grade. */
function reasonsOf(e: EventRow): GradeReason[] {
  const raw = JSON.parse(e.grade_reasons) as unknown[];
  return raw.map((r) => (typeof r === 'string' ? { rule: 'text', grade: (e.grade ?? 4) as GradeReason['grade'], 'zh-CN': r, en: r } : (r as GradeReason)));
}

export const presentEvent = (e: EventRow) => ({
  id: e.id,
  unitId: e.unit_id,
  unitName: e.unit_name,
  topicId: e.topic_id,
  topicName: e.topic_name,
  title: e.title,
  keywords: JSON.parse(e.keywords) as string[],
  status: e.status,
  mergedInto: e.merged_into,
  firstSeenAt: e.first_seen_at,
  lastSeenAt: e.last_seen_at,
  itemCount: e.item_count,
  sourceCount: e.source_count,
  tiers: JSON.parse(e.tiers) as Record<string, number>,
  highestTier: e.highest_tier,
  engagement: { reposts: e.reposts, comments: e.comments, likes: e.likes, views: e.views },
  negativeShare: e.item_count ? e.negative_count / e.item_count : 0,
  velocity: e.velocity,
  baselinePerHour: e.baseline_per_hour,
  peakPerHour: e.peak_per_hour,
  peakAt: e.peak_at,
  grade: e.grade,
  gradeReasons: reasonsOf(e),
  gradedAt: e.graded_at,
  isDemo: e.is_demo === 1,
});
