import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DeliveryKind, DeliveryPurpose } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import type { DeliveryAttemptTable, DeliveryTargetTable } from '../../../db/schema.js';
import type { DeliveryTarget } from './types.js';

export type TargetRow = Selectable<DeliveryTargetTable> & { unit_name: string; unit_path: string };
export type AttemptRow = Selectable<DeliveryAttemptTable>;

export function targetOf(row: Selectable<DeliveryTargetTable>): DeliveryTarget {
  return {
    id: row.id,
    unitId: row.unit_id,
    name: row.name,
    kind: row.kind as DeliveryKind,
    url: row.url,
    secret: row.secret,
    recipients: JSON.parse(row.recipients) as string[],
    purposes: JSON.parse(row.purposes) as DeliveryPurpose[],
    enabled: row.enabled === 1,
    internal: row.internal === 1,
  };
}

const targetQuery = (db: Executor) =>
  db.selectFrom('delivery_target').innerJoin('unit', 'unit.id', 'delivery_target.unit_id').selectAll('delivery_target').select(['unit.name as unit_name', 'unit.path as unit_path']);

export const findTarget = (db: Executor, id: number): Promise<TargetRow | undefined> => targetQuery(db).where('delivery_target.id', '=', id).executeTakeFirst();

export function listTargets(db: Executor, pathPrefix: string, unitId?: number): Promise<TargetRow[]> {
  let q = targetQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (unitId !== undefined) q = q.where('delivery_target.unit_id', '=', unitId);
  return q.orderBy('unit.path').orderBy('delivery_target.id').execute();
}

/** Purposes are a short JSON list; filtering them in code keeps the query the same on both databases. */
export async function enabledTargetsFor(db: Executor, unitId: number, purpose: DeliveryPurpose): Promise<DeliveryTarget[]> {
  const rows = await db.selectFrom('delivery_target').selectAll().where('unit_id', '=', unitId).where('enabled', '=', 1).orderBy('id').execute();
  return rows.map(targetOf).filter((t) => t.purposes.includes(purpose));
}

export const insertTarget = (db: Executor, values: Insertable<DeliveryTargetTable>) => db.insertInto('delivery_target').values(values).returning('id').executeTakeFirstOrThrow();

export const updateTarget = (db: Executor, id: number, values: Updateable<DeliveryTargetTable>) =>
  db.updateTable('delivery_target').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();

export const deleteTarget = (db: Executor, id: number) => db.deleteFrom('delivery_target').where('id', '=', id).execute();

/** Claims (target, key): the row is created by exactly one caller; the others get undefined. */
export const claimAttempt = (db: Executor, values: Insertable<DeliveryAttemptTable>) =>
  db
    .insertInto('delivery_attempt')
    .values(values)
    .onConflict((oc) => oc.columns(['target_id', 'key']).doNothing())
    .returning('id')
    .executeTakeFirst();

export const updateAttempt = (db: Executor, id: number, values: Updateable<DeliveryAttemptTable>) =>
  db.updateTable('delivery_attempt').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();

/** Attempts claimed but never recorded since `before`: their sender stopped between the two. */
export const stalledAttempts = (db: Executor, before: string) =>
  db.selectFrom('delivery_attempt').select('id').where('status', '=', 'sending').where('updated_at', '<', before).orderBy('id').execute();

/** Moves an attempt from one status to another only if it still has the first; true when it did. */
export async function moveAttempt(db: Executor, id: number, from: AttemptRow['status'], to: AttemptRow['status']): Promise<boolean> {
  const r = await db.updateTable('delivery_attempt').set({ status: to, updated_at: new Date().toISOString() }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const findAttempt = (db: Executor, id: number) => db.selectFrom('delivery_attempt').selectAll().where('id', '=', id).executeTakeFirst();

/** The latest attempt of each target, for the "last result" column. */
export async function lastAttempts(db: Executor, targetIds: number[]): Promise<Map<number, AttemptRow>> {
  if (targetIds.length === 0) return new Map();
  const latest = db.selectFrom('delivery_attempt').select((eb) => eb.fn.max('id').as('id')).where('target_id', 'in', targetIds).groupBy('target_id');
  const rows = await db.selectFrom('delivery_attempt').selectAll().where('id', 'in', latest).execute();
  return new Map(rows.map((r) => [r.target_id, r]));
}

export function recentAttempts(db: Executor, pathPrefix: string, filter: { unitId?: number; targetId?: number; limit: number }) {
  let q = db
    .selectFrom('delivery_attempt')
    .innerJoin('delivery_target', 'delivery_target.id', 'delivery_attempt.target_id')
    .innerJoin('unit', 'unit.id', 'delivery_target.unit_id')
    .selectAll('delivery_attempt')
    .select(['delivery_target.name as target_name', 'delivery_target.kind as target_kind', 'delivery_target.unit_id as unit_id', 'unit.name as unit_name'])
    .where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('delivery_target.unit_id', '=', filter.unitId);
  if (filter.targetId !== undefined) q = q.where('delivery_attempt.target_id', '=', filter.targetId);
  return q.orderBy('delivery_attempt.id', 'desc').limit(filter.limit).execute();
}
export type RecentAttemptRow = Awaited<ReturnType<typeof recentAttempts>>[number];
