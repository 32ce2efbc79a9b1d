import { sql, type Insertable, type Updateable } from 'kysely';
import { dialectOf, type Executor } from '../../../db/database.js';
import type { EventTable } from '../../../db/schema.js';

/** IN lists are cut to this size: SQLite allows 32,766 parameters, PostgreSQL 65,535, and long lists plan badly. */
const CHUNK = 500;

export async function inChunks<T, R>(values: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await fn(values.slice(i, i + CHUNK))));
  return out;
}

/** When an item appeared: published, else fetched. */
const itemTime = sql<string>`coalesce(item.published_at, item.fetched_at)`;

const itemColumns = [
  'item.id',
  'item.unit_id',
  'item.source_id',
  'item.media_tier',
  'item.title',
  'item.text',
  'item.url',
  'item.duplicate_of',
  'item.keywords',
  'item.sentiment',
  'item.sentiment_score',
  'item.reposts',
  'item.comments',
  'item.likes',
  'item.views',
  'item.published_at',
  'item.fetched_at',
] as const;

export const itemsByIds = (db: Executor, ids: number[]) =>
  inChunks(ids, (chunk) => db.selectFrom('item').select(itemColumns).select(itemTime.as('at')).where('item.id', 'in', chunk).execute());

export type EventItemRow = Awaited<ReturnType<typeof itemsByIds>>[number];

export const topicsOfItems = (db: Executor, ids: number[]) => inChunks(ids, (chunk) => db.selectFrom('item_topic').select(['item_id', 'topic_id']).where('item_id', 'in', chunk).execute());

export const insertItemTopics = (db: Executor, rows: { item_id: number; topic_id: number; matched_at: string }[]) =>
  inChunks(rows, async (chunk) => {
    await db.insertInto('item_topic').values(chunk).onConflict((oc) => oc.columns(['item_id', 'topic_id']).doNothing()).execute();
    return [];
  });

/** The events already holding some of these items (their counts changed). */
export const eventsOfItems = (db: Executor, ids: number[]) =>
  inChunks(ids, (chunk) =>
    db.selectFrom('event_item').innerJoin('event', 'event.id', 'event_item.event_id').select(['event.id', 'event_item.item_id', 'event.topic_id']).where('event_item.item_id', 'in', chunk).where('event.status', '=', 'open').execute(),
  );

/** Open events of a topic seen since `since`: what a new item of that topic may join. */
export const candidateEvents = (db: Executor, topicId: number, since: string) =>
  db.selectFrom('event').select(['id', 'first_seen_at', 'last_seen_at']).where('topic_id', '=', topicId).where('status', '=', 'open').where('last_seen_at', '>=', since).execute();

/** The latest `perEvent` items of each event, newest first. */
export const recentItemsOfEvents = (db: Executor, eventIds: number[], perEvent: number) =>
  inChunks(eventIds, (chunk) =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('event_item')
          .innerJoin('item', 'item.id', 'event_item.item_id')
          .select(['event_item.event_id', 'item.id', 'item.title', 'item.text', 'item.duplicate_of'])
          .select(itemTime.as('at'))
          .select(sql<number>`row_number() over (partition by event_item.event_id order by coalesce(item.published_at, item.fetched_at) desc)`.as('rn'))
          .where('event_item.event_id', 'in', chunk)
          .as('r'),
      )
      .selectAll()
      .where('rn', '<=', perEvent)
      .execute(),
  );

export const itemsOfEvent = (db: Executor, eventId: number) =>
  db.selectFrom('event_item').innerJoin('item', 'item.id', 'event_item.item_id').select(itemColumns).select(itemTime.as('at')).where('event_item.event_id', '=', eventId).execute();

export const insertEvent = (db: Executor, values: Insertable<EventTable>) => db.insertInto('event').values(values).returning('id').executeTakeFirstOrThrow();

export const updateEvent = (db: Executor, id: number, values: Updateable<EventTable>) => db.updateTable('event').set(values).where('id', '=', id).execute();

export const addEventItems = (db: Executor, rows: { event_id: number; item_id: number; added_at: string }[]) =>
  inChunks(rows, async (chunk) => {
    await db.insertInto('event_item').values(chunk).onConflict((oc) => oc.columns(['event_id', 'item_id']).doNothing()).execute();
    return [];
  });

export const findEventRow = (db: Executor, id: number) => db.selectFrom('event').selectAll().where('id', '=', id).executeTakeFirst();

export const insertGradeHistory = (db: Executor, row: { event_id: number; grade: number | null; reasons: string; figures: string; created_at: string }) => db.insertInto('event_grade').values(row).execute();

const eventQuery = (db: Executor) =>
  db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unit_id')
    .leftJoin('topic', 'topic.id', 'event.topic_id')
    .selectAll('event')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'topic.name as topic_name', 'topic.sensitivity as topic_sensitivity']);

export type EventRow = NonNullable<Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirst']>>>;

export const findEvent = (db: Executor, id: number) => eventQuery(db).where('event.id', '=', id).executeTakeFirst();

export interface EventFilter {
  unitId?: number;
  topicId?: number;
  grade?: number;
  status?: string;
  limit: number;
}

export function listEvents(db: Executor, pathPrefix: string, f: EventFilter) {
  let q = eventQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (f.unitId !== undefined) q = q.where('event.unit_id', '=', f.unitId);
  if (f.topicId !== undefined) q = q.where('event.topic_id', '=', f.topicId);
  if (f.grade !== undefined) q = q.where('event.grade', '=', f.grade);
  if (f.status !== undefined) q = q.where('event.status', '=', f.status);
  return q.orderBy('event.last_seen_at', 'desc').orderBy('event.id', 'desc').limit(f.limit).execute();
}

/** An event's items for its page, newest first, with their source's name. */
export const eventItemsWithSources = (db: Executor, eventId: number) =>
  db
    .selectFrom('event_item')
    .innerJoin('item', 'item.id', 'event_item.item_id')
    .leftJoin('source', 'source.id', 'item.source_id')
    .select(['item.id', 'item.title', 'item.text', 'item.url', 'item.media_tier', 'item.sentiment', 'item.reposts', 'item.comments', 'item.likes', 'item.views', 'source.name as source_name'])
    .select(itemTime.as('at'))
    .where('event_item.event_id', '=', eventId)
    .orderBy(itemTime, 'desc')
    .orderBy('item.id', 'desc')
    .execute();

export const gradeHistory = (db: Executor, eventId: number) => db.selectFrom('event_grade').selectAll().where('event_id', '=', eventId).orderBy('id').execute();

/** Moves items from one event to another (merge and split). */
export async function moveItems(db: Executor, from: number, to: number, itemIds: number[] | 'all', at: string) {
  let rows = db.selectFrom('event_item').select('item_id').where('event_id', '=', from);
  if (itemIds !== 'all') rows = rows.where('item_id', 'in', itemIds);
  const ids = (await rows.execute()).map((r) => r.item_id);
  await addEventItems(db, ids.map((item_id) => ({ event_id: to, item_id, added_at: at })));
  await inChunks(ids, async (chunk) => {
    await db.deleteFrom('event_item').where('event_id', '=', from).where('item_id', 'in', chunk).execute();
    return [];
  });
  return ids.length;
}

/** The first key of the advisory locks that serialise the processing of one unit's items. */
const UNIT_LOCK = 7390007;

/**
 * Serialises processing of one unit's items for the rest of the transaction: two workers clustering
 * the same story at once would each open an event for it. PostgreSQL takes a transaction-scoped
 * advisory lock. SQLite allows one writer: a write that changes nothing, as the transaction's first
 * statement, takes the write lock before anything is read, so a second connection waits for the
 * first to commit instead of failing to upgrade a read later (SQLITE_BUSY).
 */
export async function lockUnit(db: Executor, unitId: number): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`select pg_advisory_xact_lock(${UNIT_LOCK}, ${unitId})`.execute(db);
  else await db.updateTable('unit').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', unitId).execute();
}
