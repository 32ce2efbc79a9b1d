import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { SourceTable } from '../../../db/schema.js';

export const POLLED_KINDS = ['feed', 'page', 'api'] as const;

const sourceQuery = (db: Executor) => db.selectFrom('source').innerJoin('unit', 'unit.id', 'source.unit_id').selectAll('source').select(['unit.name as unit_name', 'unit.path as unit_path']);
export type SourceRow = NonNullable<Awaited<ReturnType<ReturnType<typeof sourceQuery>['executeTakeFirst']>>>;

export const findSource = (db: Executor, id: number) => sourceQuery(db).where('source.id', '=', id).executeTakeFirst();
export const findByPushToken = (db: Executor, token: string) => sourceQuery(db).where('source.push_token', '=', token).where('source.kind', '=', 'push').executeTakeFirst();

export function listSources(db: Executor, pathPrefix: string, filter: { unitId?: number; kind?: string }) {
  let q = sourceQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('source.unit_id', '=', filter.unitId);
  if (filter.kind) q = q.where('source.kind', '=', filter.kind);
  return q.orderBy('unit.path').orderBy('source.id').execute();
}

/** Items per source over the last `days`, for the health record's items per day. */
export async function itemCounts(db: Executor, sourceIds: number[], since: string): Promise<Map<number, number>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('item')
    .select(['source_id', sql<number>`count(*)`.as('n')])
    .where('source_id', 'in', sourceIds)
    .where('fetched_at', '>=', since)
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((r) => [r.source_id!, Number(r.n)]));
}

export const recentFailures = (db: Executor, sourceId: number, limit = 20) =>
  db.selectFrom('item_failure').select(['id', 'position', 'reason', 'created_at']).where('source_id', '=', sourceId).orderBy('id', 'desc').limit(limit).execute();

export const dueSources = (db: Executor, now: string, limit: number) =>
  db
    .selectFrom('source')
    .selectAll()
    .where('enabled', '=', 1)
    .where('kind', 'in', POLLED_KINDS)
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .orderBy('next_poll_at')
    .limit(limit)
    .execute();

export const insertSource = (db: Executor, values: Insertable<SourceTable>) => db.insertInto('source').values(values).returning('id').executeTakeFirstOrThrow();

export const updateSource = (db: Executor, id: number, values: Updateable<SourceTable>) =>
  db.updateTable('source').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();

export const deleteSource = (db: Executor, id: number) => db.deleteFrom('source').where('id', '=', id).execute();
