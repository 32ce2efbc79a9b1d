import { sql, type Insertable } from 'kysely';
import { dialectOf, type Executor } from '../../../db/database.js';
import type { ItemTable } from '../../../db/schema.js';
import { matchesQuery } from '../search/search.repository.js';
import type { QueryPart } from '../search/bigrams.js';
import type { Engagement } from './raw-item.js';

export const recentItemsAfter = (db: Executor, unitId: number, afterId: number, since: string, limit: number) =>
  db
    .selectFrom('item')
    .select(['id', 'title', 'text', 'duplicate_of'])
    .where('unit_id', '=', unitId)
    .where('id', '>', afterId)
    .where('fetched_at', '>=', since)
    .orderBy('id')
    .limit(limit)
    .execute();

export const findByKey = (db: Executor, unitId: number, key: string) =>
  db.selectFrom('item').select(['id', 'reposts', 'comments', 'likes', 'views']).where('unit_id', '=', unitId).where('item_key', '=', key).executeTakeFirst();

export const insertItem = (db: Executor, values: Insertable<ItemTable>) => db.insertInto('item').values(values).returning('id').executeTakeFirstOrThrow();

export async function recordCounts(db: Executor, itemId: number, counts: Engagement, observedAt: string, updateItem: boolean): Promise<void> {
  if (updateItem) await db.updateTable('item').set({ ...counts, updated_at: observedAt }).where('id', '=', itemId).execute();
  await db.insertInto('item_count').values({ item_id: itemId, observed_at: observedAt, ...counts }).execute();
}

export const insertFailure = (db: Executor, values: { unit_id: number; source_id: number | null; position: string | null; raw: string | null; reason: string }) =>
  db.insertInto('item_failure').values({ ...values, created_at: new Date().toISOString() }).execute();

const itemQuery = (db: Executor) =>
  db
    .selectFrom('item')
    .innerJoin('unit', 'unit.id', 'item.unit_id')
    .leftJoin('source', 'source.id', 'item.source_id')
    .select([
      'item.id', 'item.unit_id', 'item.source_id', 'item.media_tier', 'item.title', 'item.text', 'item.url', 'item.published_at', 'item.fetched_at',
      'item.duplicate_of', 'item.keywords', 'item.sentiment', 'item.sentiment_score', 'item.sentiment_corrected_by',
      'item.reposts', 'item.comments', 'item.likes', 'item.views', 'unit.name as unit_name', 'unit.path as unit_path', 'source.name as source_name',
    ]);

export type ItemRow = NonNullable<Awaited<ReturnType<ReturnType<typeof itemQuery>['executeTakeFirst']>>>;

export interface ItemFilter {
  unitId?: number;
  sourceId?: number;
  sentiment?: string;
  mediaTier?: string;
  from?: string;
  to?: string;
  /** The search, already split into parts; empty when there is none. */
  parts: QueryPart[];
  /** Items older than this id: the feed pages by id, newest first, which needs no count and no offset. */
  beforeId?: number;
  limit: number;
}

function itemsPage(db: Executor, pathPrefix: string, f: ItemFilter & { minId?: number }) {
  let q = itemQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (f.minId !== undefined) q = q.where('item.id', '>=', f.minId);
  if (f.unitId !== undefined) q = q.where('item.unit_id', '=', f.unitId);
  if (f.sourceId !== undefined) q = q.where('item.source_id', '=', f.sourceId);
  if (f.sentiment) q = q.where('item.sentiment', '=', f.sentiment);
  if (f.mediaTier) q = q.where('item.media_tier', '=', f.mediaTier);
  if (f.from) q = q.where('item.fetched_at', '>=', f.from);
  if (f.to) q = q.where('item.fetched_at', '<', f.to);
  if (f.beforeId !== undefined) q = q.where('item.id', '<', f.beforeId);
  if (f.parts.length) q = q.where(matchesQuery(db, f.parts));
  return q.orderBy('item.id', 'desc').limit(f.limit).execute();
}

/**
 * PostgreSQL estimates a phrase of common bigrams (新冠 <-> 冠肺 <-> 肺炎) as rare, since it takes
 * the bigrams for independent, then gathers and sorts every match: 200 ms over a million items.
 * Looking among the newest ids first bounds that work; a search the newest items cannot fill a
 * page for is rare enough for the whole table.
 */
const RECENT_WINDOWS = [20_000, 200_000];

export async function listItems(db: Executor, pathPrefix: string, f: ItemFilter) {
  if (f.parts.length === 0 || dialectOf(db) !== 'postgres') return itemsPage(db, pathPrefix, f);
  const top = f.beforeId ?? Number((await db.selectFrom('item').select(sql<number>`max(id)`.as('id')).executeTakeFirst())?.id ?? 0) + 1;
  for (const window of RECENT_WINDOWS) {
    if (top - window <= 1) break;
    const rows = await itemsPage(db, pathPrefix, { ...f, minId: top - window });
    if (rows.length >= f.limit) return rows;
  }
  return itemsPage(db, pathPrefix, f);
}

export const findItem = (db: Executor, id: number) => itemQuery(db).where('item.id', '=', id).executeTakeFirst();

export const countHistory = (db: Executor, itemId: number) =>
  db.selectFrom('item_count').select(['observed_at', 'reposts', 'comments', 'likes', 'views']).where('item_id', '=', itemId).orderBy('observed_at').orderBy('id').execute();

export const setSentiment = (db: Executor, id: number, label: string, score: number, userId: number | null) =>
  db.updateTable('item').set({ sentiment: label, sentiment_score: score, sentiment_corrected_by: userId, updated_at: new Date().toISOString() }).where('id', '=', id).execute();

/** Staff corrections, oldest first, as the trainer wants them. */
export const sentimentCorrections = (db: Executor) =>
  db.selectFrom('item').select(['title', 'text', 'sentiment']).where('sentiment_corrected_by', 'is not', null).orderBy('updated_at').orderBy('id').execute();
