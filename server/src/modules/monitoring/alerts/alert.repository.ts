import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { AlertTable } from '../../../db/schema.js';

/** The ids of a unit and its ancestors, nearest first, from its materialised path (/1/4/9/). */
export const pathIds = (unitPath: string) => unitPath.split('/').filter(Boolean).map(Number).reverse();

/** Inserts the alert unless the event was already announced at that grade; returns its id, or undefined when it was. */
export async function insertAlert(db: Executor, values: Insertable<AlertTable>): Promise<number | undefined> {
  const row = await db.insertInto('alert').values(values).onConflict((oc) => oc.columns(['event_id', 'grade']).doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

export const alertedGrades = async (db: Executor, eventIds: number[]) =>
  eventIds.length === 0 ? [] : db.selectFrom('alert').select(['event_id', 'grade']).where('event_id', 'in', eventIds).execute();

export const setDelivery = (db: Executor, id: number, delivery: unknown, at: string) => db.updateTable('alert').set({ delivery: JSON.stringify(delivery), delivered_at: at }).where('id', '=', id).execute();

const alertQuery = (db: Executor) =>
  db
    .selectFrom('alert')
    .innerJoin('unit', 'unit.id', 'alert.unit_id')
    .leftJoin('topic', 'topic.id', 'alert.topic_id')
    .leftJoin('watch_period', 'watch_period.id', 'alert.watch_period_id')
    .selectAll('alert')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'topic.name as topic_name', 'watch_period.name as watch_period_name']);

export type AlertRow = NonNullable<Awaited<ReturnType<ReturnType<typeof alertQuery>['executeTakeFirst']>>>;

export function listAlerts(db: Executor, pathPrefix: string, filter: { unitId?: number; afterId?: number; limit: number }) {
  let q = alertQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('alert.unit_id', '=', filter.unitId);
  if (filter.afterId !== undefined) q = q.where('alert.id', '>', filter.afterId);
  return q.orderBy('alert.id', 'desc').limit(filter.limit).execute();
}

export const findAlert = (db: Executor, id: number) => alertQuery(db).where('alert.id', '=', id).executeTakeFirst();

/** The nearest unit up the tree (itself first) with its own alert settings. */
export async function settingsFor(db: Executor, unitPath: string) {
  const ids = pathIds(unitPath);
  const rows = await db.selectFrom('alert_setting').selectAll().where('unit_id', 'in', ids).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.unit_id === id);
    if (row) return row;
  }
  return undefined;
}

export async function upsertSettings(db: Executor, unitId: number, values: { quiet_start: string | null; quiet_end: string | null; digest_time: string | null }) {
  const updated_at = new Date().toISOString();
  await db
    .insertInto('alert_setting')
    .values({ unit_id: unitId, ...values, updated_at })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ ...values, updated_at }))
    .execute();
}

/** Watch periods of the unit and its ancestors (a district's 重要节点 holds for its streets) that have not ended before `fromDay`. */
export const watchPeriodsFor = (db: Executor, unitPath: string, fromDay: string) =>
  db.selectFrom('watch_period').selectAll().where('unit_id', 'in', pathIds(unitPath)).where('ends_on', '>=', fromDay).orderBy('starts_on').execute();

export const watchPeriodsOfUnit = (db: Executor, unitId: number) => db.selectFrom('watch_period').selectAll().where('unit_id', '=', unitId).orderBy('starts_on', 'desc').execute();

export const findWatchPeriod = (db: Executor, id: number) =>
  db.selectFrom('watch_period').innerJoin('unit', 'unit.id', 'watch_period.unit_id').selectAll('watch_period').select('unit.path as unit_path').where('watch_period.id', '=', id).executeTakeFirst();

export const latestAlertId = async (db: Executor) => (await db.selectFrom('alert').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0;
