import type { Executor } from '../../../../db/database.js';

/**
 * Known numbers of monitoring records and submissions for a unit, so tests and the benchmark can
 * check a report's figures against what was put in.
 */
export interface SeedPlan {
  unitId: number;
  /** When the items were fetched and the events first seen (UTC instant). */
  at: string;
  items?: { negative?: number; neutral?: number; positive?: number };
  events?: { grade: number | null; items: number; negative: number }[];
  /** Submission days (YYYY-MM-DD, Beijing) and whether each was adopted. */
  submissions?: { on: string; adopted: boolean }[];
}

let serial = 0;

export async function seedRecords(db: Executor, plan: SeedPlan): Promise<void> {
  const items = [];
  for (const sentiment of ['negative', 'neutral', 'positive'] as const) {
    for (let i = 0; i < (plan.items?.[sentiment] ?? 0); i++) {
      const k = ++serial;
      items.push({
        unit_id: plan.unitId,
        source_id: null,
        media_tier: k % 3 === 0 ? 'local' : 'self_media',
        item_key: `seed:${plan.unitId}:${plan.at}:${k}`,
        title: `测试信息${k}`,
        text: `测试信息正文${k}`,
        url: null,
        published_at: plan.at,
        fetched_at: plan.at,
        simhash: k.toString(16).padStart(16, '0'),
        duplicate_of: null,
        keywords: '[]',
        sentiment,
        sentiment_score: sentiment === 'negative' ? -0.8 : sentiment === 'positive' ? 0.8 : 0,
        sentiment_corrected_by: null,
        is_demo: 0,
        created_at: plan.at,
        updated_at: plan.at,
      });
    }
  }
  for (let i = 0; i < items.length; i += 200) await db.insertInto('item').values(items.slice(i, i + 200)).execute();
  for (const e of plan.events ?? []) {
    const k = ++serial;
    await db
      .insertInto('event')
      .values({ unit_id: plan.unitId, topic_id: null, title: `测试事件${k}`, merged_into: null, first_seen_at: plan.at, last_seen_at: plan.at, highest_tier: 'local', peak_at: null, grade: e.grade, graded_at: plan.at, item_count: e.items, negative_count: e.negative, created_at: plan.at, updated_at: plan.at })
      .execute();
  }
  for (const s of plan.submissions ?? []) {
    await db.insertInto('submission').values({ unit_id: plan.unitId, title: `测试报送${++serial}`, kind: 'news', submitted_on: s.on, adopted: s.adopted ? 1 : 0, adopted_by: s.adopted ? '区融媒体中心' : null, note: null, is_demo: 0, created_at: plan.at }).execute();
  }
}
