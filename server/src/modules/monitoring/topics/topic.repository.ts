import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { TopicTable } from '../../../db/schema.js';

const topicQuery = (db: Executor) => db.selectFrom('topic').innerJoin('unit', 'unit.id', 'topic.unit_id').selectAll('topic').select(['unit.name as unit_name', 'unit.path as unit_path']);

export type TopicRow = NonNullable<Awaited<ReturnType<ReturnType<typeof topicQuery>['executeTakeFirst']>>>;

export const findTopic = (db: Executor, id: number) => topicQuery(db).where('topic.id', '=', id).executeTakeFirst();

export function listTopics(db: Executor, pathPrefix: string, filter: { unitId?: number }) {
  let q = topicQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('topic.unit_id', '=', filter.unitId);
  return q.orderBy('unit.path').orderBy('topic.id').execute();
}

/** A unit's topics, for matching items as they are stored (the enabled ones) and grading their events. */
export const topicsOfUnit = (db: Executor, unitId: number) =>
  db.selectFrom('topic').select(['id', 'name', 'rule', 'sensitivity', 'alert_grade', 'enabled']).where('unit_id', '=', unitId).orderBy('id').execute();

export const insertTopic = (db: Executor, values: Insertable<TopicTable>) => db.insertInto('topic').values(values).returning('id').executeTakeFirstOrThrow();

export const updateTopic = (db: Executor, id: number, values: Updateable<TopicTable>) => db.updateTable('topic').set(values).where('id', '=', id).execute();

export const deleteTopic = (db: Executor, id: number) => db.deleteFrom('topic').where('id', '=', id).execute();

/** The unit's items that appeared since `since`, newest first, for the editor's preview. */
export const recentItems = (db: Executor, unitId: number, since: string, limit: number) =>
  db
    .selectFrom('item')
    .leftJoin('source', 'source.id', 'item.source_id')
    .select(['item.id', 'item.title', 'item.text', 'item.published_at', 'item.fetched_at', 'item.url', 'item.media_tier', 'item.sentiment', 'source.name as source_name'])
    .where('item.unit_id', '=', unitId)
    .where((eb) => eb(eb.fn.coalesce('item.published_at', 'item.fetched_at'), '>=', since))
    .orderBy('item.fetched_at', 'desc')
    .limit(limit)
    .execute();
