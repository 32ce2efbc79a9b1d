import type { Executor } from '../../../db/database.js';
import type { Period } from './period.js';

/**
 * The counts the report sections are made of, over a unit's subtree (a path prefix) and a period.
 * Monitoring, publishing and submissions export no counting functions of this shape, so the
 * reports read their tables here, in one file, read-only.
 */
const inSubtree = (path: string) => `${path}%`;
/**
 * The subtree's unit ids as a subquery: filtering item and event by `unit_id IN (…)` lets SQLite
 * walk the (unit_id, time) index per unit instead of scanning every row and joining.
 */
const unitsUnder = (db: Executor, path: string) => db.selectFrom('unit').select('unit.id').where('unit.path', 'like', inSubtree(path));
const n = (v: unknown) => Number(v ?? 0);

export async function itemsBySentiment(db: Executor, path: string, p: Period) {
  const rows = await db
    .selectFrom('item')
    .select(['item.sentiment', (eb) => eb.fn.countAll().as('n')])
    .where('item.unit_id', 'in', unitsUnder(db, path))
    .where('item.fetched_at', '>=', p.start)
    .where('item.fetched_at', '<', p.end)
    .where('item.duplicate_of', 'is', null)
    .groupBy('item.sentiment')
    .execute();
  return rows.map((r) => ({ sentiment: r.sentiment, n: n(r.n) }));
}

export async function itemsByTier(db: Executor, path: string, p: Period) {
  const rows = await db
    .selectFrom('item')
    .select(['item.media_tier', (eb) => eb.fn.countAll().as('n')])
    .where('item.unit_id', 'in', unitsUnder(db, path))
    .where('item.fetched_at', '>=', p.start)
    .where('item.fetched_at', '<', p.end)
    .where('item.duplicate_of', 'is', null)
    .groupBy('item.media_tier')
    .execute();
  return rows.map((r) => ({ tier: r.media_tier, n: n(r.n) }));
}

/** Events first seen in the period; merged events live on in the one they joined. */
const eventsIn = (db: Executor, path: string, p: Period) =>
  db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unit_id')
    .where('event.unit_id', 'in', unitsUnder(db, path))
    .where('event.first_seen_at', '>=', p.start)
    .where('event.first_seen_at', '<', p.end)
    .where('event.status', '!=', 'merged');

export async function eventsByGrade(db: Executor, path: string, p: Period) {
  const rows = await eventsIn(db, path, p)
    .select(['event.grade', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum<number>('event.negative_count').as('negative'), (eb) => eb.fn.sum<number>('event.item_count').as('items')])
    .groupBy('event.grade')
    .execute();
  return rows.map((r) => ({ grade: r.grade, n: n(r.n), negative: n(r.negative), items: n(r.items) }));
}

export async function topEvents(db: Executor, path: string, p: Period, limit: number) {
  return eventsIn(db, path, p)
    .select(['event.id', 'event.title', 'event.grade', 'event.first_seen_at', 'event.item_count', 'event.negative_count', 'event.status', 'unit.name as unit_name'])
    .orderBy('event.grade', 'asc')
    .orderBy('event.item_count', 'desc')
    .orderBy('event.id')
    .limit(limit)
    .execute();
}

export async function channelReviews(db: Executor, path: string, p: Period) {
  const row = await db
    .selectFrom('channel_review')
    .innerJoin('channel', 'channel.id', 'channel_review.channel_id')
    .innerJoin('unit', 'unit.id', 'channel.unit_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('unit.path', 'like', inSubtree(path))
    .where('channel_review.reviewed_at', '>=', p.start)
    .where('channel_review.reviewed_at', '<', p.end)
    .executeTakeFirst();
  return n(row?.n);
}

export async function publicationsByStatus(db: Executor, path: string, p: Period) {
  const rows = await db
    .selectFrom('publication')
    .innerJoin('unit', 'unit.id', 'publication.unit_id')
    .select(['publication.status', (eb) => eb.fn.countAll().as('n')])
    .where('unit.path', 'like', inSubtree(path))
    .where('publication.created_at', '>=', p.start)
    .where('publication.created_at', '<', p.end)
    .groupBy('publication.status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: n(r.n) }));
}

export async function submissionsByKind(db: Executor, path: string, p: Period) {
  const rows = await db
    .selectFrom('submission')
    .innerJoin('unit', 'unit.id', 'submission.unit_id')
    .select(['submission.kind', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum<number>('submission.adopted').as('adopted')])
    .where('unit.path', 'like', inSubtree(path))
    .where('submission.submitted_on', '>=', p.startDate)
    .where('submission.submitted_on', '<', p.endDate)
    .groupBy('submission.kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, n: n(r.n), adopted: n(r.adopted) }));
}

/** Per unit of a subtree, for the roll-up onto the direct subordinates. */
export async function perUnitCounts(db: Executor, path: string, p: Period) {
  const units = await db.selectFrom('unit').select(['id', 'name', 'path', 'parent_id', 'sort']).where('path', 'like', inSubtree(path)).orderBy('sort').orderBy('id').execute();
  const grouped = async (q: Promise<{ unit_id: number; n: unknown }[]>) => new Map((await q).map((r) => [r.unit_id, n(r.n)]));
  const [items, negative, events, major, submissions, adopted] = await Promise.all([
    grouped(
      db.selectFrom('item').select(['item.unit_id', (eb) => eb.fn.countAll().as('n')])
        .where('item.unit_id', 'in', unitsUnder(db, path)).where('item.fetched_at', '>=', p.start).where('item.fetched_at', '<', p.end).where('item.duplicate_of', 'is', null).groupBy('item.unit_id').execute(),
    ),
    grouped(
      db.selectFrom('item').select(['item.unit_id', (eb) => eb.fn.countAll().as('n')])
        .where('item.unit_id', 'in', unitsUnder(db, path)).where('item.fetched_at', '>=', p.start).where('item.fetched_at', '<', p.end).where('item.duplicate_of', 'is', null).where('item.sentiment', '=', 'negative').groupBy('item.unit_id').execute(),
    ),
    grouped(eventsIn(db, path, p).select(['event.unit_id', (eb) => eb.fn.countAll().as('n')]).groupBy('event.unit_id').execute()),
    grouped(eventsIn(db, path, p).select(['event.unit_id', (eb) => eb.fn.countAll().as('n')]).where('event.grade', '<=', 3).groupBy('event.unit_id').execute()),
    grouped(
      db.selectFrom('submission').innerJoin('unit', 'unit.id', 'submission.unit_id').select(['submission.unit_id', (eb) => eb.fn.countAll().as('n')])
        .where('unit.path', 'like', inSubtree(path)).where('submission.submitted_on', '>=', p.startDate).where('submission.submitted_on', '<', p.endDate).groupBy('submission.unit_id').execute(),
    ),
    grouped(
      db.selectFrom('submission').innerJoin('unit', 'unit.id', 'submission.unit_id').select(['submission.unit_id', (eb) => eb.fn.sum<number>('submission.adopted').as('n')])
        .where('unit.path', 'like', inSubtree(path)).where('submission.submitted_on', '>=', p.startDate).where('submission.submitted_on', '<', p.endDate).groupBy('submission.unit_id').execute(),
    ),
  ]);
  return units.map((u) => ({ ...u, items: items.get(u.id) ?? 0, negative: negative.get(u.id) ?? 0, events: events.get(u.id) ?? 0, major: major.get(u.id) ?? 0, submissions: submissions.get(u.id) ?? 0, adopted: adopted.get(u.id) ?? 0 }));
}

/** Reports of the same kind and period that subordinates sent up. */
export function submittedReports(db: Executor, unitIds: number[], kind: string, period: string) {
  if (!unitIds.length) return Promise.resolve([]);
  return db.selectFrom('report').select(['unit_id', 'status', 'submitted_at']).where('unit_id', 'in', unitIds).where('kind', '=', kind).where('period', '=', period).where('status', 'in', ['submitted', 'returned']).execute();
}
