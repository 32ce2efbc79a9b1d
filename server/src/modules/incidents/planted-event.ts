import type { Executor } from '../../db/database.js';

export interface PlantedEvent {
  eventId: number;
  itemIds: number[];
  topicId: number;
}

/**
 * A graded event with its items, written straight into monitoring's tables: the demo district's
 * example, and the fixture of incident tests, which need not wait on clustering and grading.
 * Items carry no author: there is no such column.
 */
export async function plantEvent(db: Executor, unitId: number, opts: { grade: number | null; items?: number; title?: string; startAt?: Date; key?: string; isDemo?: boolean }): Promise<PlantedEvent> {
  const start = opts.startAt ?? new Date(Date.now() - 6 * 3_600_000);
  const key = opts.key ?? Math.random().toString(36).slice(2);
  const now = new Date().toISOString();
  const is_demo = opts.isDemo ? 1 : 0;
  const topic = await db
    .insertInto('topic')
    .values({ unit_id: unitId, name: opts.isDemo ? '征地拆迁' : `拆迁-${key}`, rule: '拆迁 OR 强拆', is_demo, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const title = opts.title ?? '灞桥街道拆迁补偿引发网民质疑';
  const event = await db
    .insertInto('event')
    .values({
      unit_id: unitId,
      topic_id: topic.id,
      title,
      first_seen_at: start.toISOString(),
      last_seen_at: now,
      grade: opts.grade,
      grade_reasons: JSON.stringify(['负面占比 62%，高于 40% 的阈值', '省级媒体报道']),
      graded_at: opts.grade === null ? null : now,
      is_demo,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const n = opts.items ?? 6;
  const rows = Array.from({ length: n }, (_, i) => {
    const at = new Date(start.getTime() + Math.floor((i * 5 * 3_600_000) / Math.max(n, 1))).toISOString();
    return {
      unit_id: unitId,
      source_id: null,
      media_tier: i % 3 === 0 ? 'provincial' : 'self_media',
      item_key: `${key}-${i}`,
      title: `${title}（${i + 1}）`,
      text: '网民反映拆迁补偿标准不透明。',
      url: `https://example.com/${key}/${i}`,
      published_at: at,
      fetched_at: at,
      simhash: '0000000000000000',
      sentiment: i % 2 === 0 ? 'negative' : 'neutral',
      sentiment_score: 0.5,
      reposts: i,
      comments: 2,
      likes: 3,
      is_demo,
      created_at: now,
      updated_at: now,
    };
  });
  const itemIds: number[] = [];
  for (let k = 0; k < rows.length; k += 500) {
    const ids = await db.insertInto('item').values(rows.slice(k, k + 500)).returning('id').execute();
    itemIds.push(...ids.map((r) => r.id));
  }
  for (let k = 0; k < itemIds.length; k += 500) {
    await db.insertInto('event_item').values(itemIds.slice(k, k + 500).map((item_id, i) => ({ event_id: event.id, item_id, added_at: rows[k + i].fetched_at }))).execute();
  }
  // The event's figures agree with the items written, as clustering would have left them.
  const tiers: Record<string, number> = {};
  for (const r of rows) tiers[r.media_tier] = (tiers[r.media_tier] ?? 0) + 1;
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  await db
    .updateTable('event')
    .set({
      item_count: n,
      tiers: JSON.stringify(tiers),
      highest_tier: n ? (tiers.provincial ? 'provincial' : 'self_media') : null,
      negative_count: rows.filter((r) => r.sentiment === 'negative').length,
      reposts: sum((r) => r.reposts),
      comments: sum((r) => r.comments),
      likes: sum((r) => r.likes),
    })
    .where('id', '=', event.id)
    .execute();
  return { eventId: event.id, itemIds, topicId: topic.id };
}
