import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { IncidentTable, IncidentTables } from '../../db/schema.js';

export const incidentQuery = (db: Executor) =>
  db
    .selectFrom('incident')
    .innerJoin('unit', 'unit.id', 'incident.unit_id')
    .innerJoin('unit as hu', 'hu.id', 'incident.handling_unit_id')
    .leftJoin('app_user as handler', 'handler.id', 'incident.handler_id')
    .leftJoin('app_user as leader', 'leader.id', 'incident.leader_id')
    .leftJoin('topic', 'topic.id', 'incident.topic_id')
    .selectAll('incident')
    .select([
      'unit.name as unit_name',
      'unit.path as unit_path',
      'unit.kind as unit_kind',
      'hu.name as handling_unit_name',
      'hu.path as handling_unit_path',
      'handler.display_name as handler_name',
      'leader.display_name as leader_name',
      'topic.name as topic_name',
    ]);

export type IncidentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof incidentQuery>['executeTakeFirst']>>>;

export const findIncident = (db: Executor, id: number) => incidentQuery(db).where('incident.id', '=', id).executeTakeFirst();

export async function insertIncident(db: Executor, row: Insertable<IncidentTable>): Promise<number> {
  return (await db.insertInto('incident').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The optimistic update every change goes through: it touches the row only at the version the caller read. */
export async function bumpIncident(db: Executor, id: number, version: number, set: Updateable<IncidentTable>): Promise<boolean> {
  const r = await db
    .updateTable('incident')
    .set({ ...set, version: version + 1, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const currentState = (db: Executor, id: number) => db.selectFrom('incident').select(['state', 'version']).where('id', '=', id).executeTakeFirst();

export async function listIncidents(db: Executor, scope: string, filter: { state?: string; grade?: number; open?: boolean; limit: number }) {
  let q = incidentQuery(db).where('unit.path', 'like', `${scope}%`).orderBy('incident.grade').orderBy('incident.opened_at', 'desc').limit(filter.limit);
  if (filter.state) q = q.where('incident.state', '=', filter.state);
  if (filter.grade) q = q.where('incident.grade', '=', filter.grade);
  if (filter.open) q = q.where('incident.state', '!=', 'closed');
  return q.execute();
}

export const deadlinesOf = (db: Executor, ids: number[]) =>
  ids.length ? db.selectFrom('incident_deadline').selectAll().where('incident_id', 'in', ids).orderBy('due_at').execute() : Promise.resolve([]);

export const insertDeadlines = (db: Executor, rows: Insertable<IncidentTables['incident_deadline']>[]) =>
  rows.length ? db.insertInto('incident_deadline').values(rows).execute() : Promise.resolve([]);

export const deleteUnmetDeadlines = (db: Executor, id: number) => db.deleteFrom('incident_deadline').where('incident_id', '=', id).where('met_at', 'is', null).execute();

export async function meetDeadline(db: Executor, id: number, kind: string, at: string): Promise<void> {
  await db.updateTable('incident_deadline').set({ met_at: at, next_check_at: null }).where('incident_id', '=', id).where('kind', '=', kind).where('met_at', 'is', null).execute();
}

/** A closed incident's clocks stop: nothing left unmet is checked again. */
export const stopClocks = (db: Executor, id: number) => db.updateTable('incident_deadline').set({ next_check_at: null }).where('incident_id', '=', id).execute();

export const departmentsOf = (db: Executor, id: number) =>
  db.selectFrom('incident_department').innerJoin('department', 'department.id', 'incident_department.department_id').select(['department.id', 'department.name']).where('incident_id', '=', id).execute();

export async function setDepartments(db: Executor, id: number, departmentIds: number[]): Promise<void> {
  await db.deleteFrom('incident_department').where('incident_id', '=', id).execute();
  if (departmentIds.length) await db.insertInto('incident_department').values(departmentIds.map((department_id) => ({ incident_id: id, department_id }))).execute();
}

/** An incident's items: its event's (which keep arriving) and those attached by hand, each once. */
export function itemIdsOf(db: Executor, incident: { id: number; event_id: number | null }) {
  const byHand = db.selectFrom('incident_item').select('item_id').where('incident_id', '=', incident.id);
  return incident.event_id === null ? byHand : byHand.union(db.selectFrom('event_item').select('item_id').where('event_id', '=', incident.event_id));
}

export async function itemsPage(db: Executor, incident: { id: number; event_id: number | null }, offset: number, limit: number) {
  const ids = itemIdsOf(db, incident);
  const [rows, total] = await Promise.all([
    db
      .selectFrom('item')
      .select(['id', 'title', 'url', 'media_tier', 'published_at', 'fetched_at', 'sentiment', 'reposts', 'comments', 'likes'])
      .where('id', 'in', ids)
      .orderBy('fetched_at', 'desc')
      .orderBy('id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute(),
    db.selectFrom('item').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

const itemTime = sql<string>`substr(coalesce(item.published_at, item.fetched_at), 1, 13)`;

/** Hourly volume, reach and negatives of the incident's items, grouped in the database. */
export async function hourBuckets(db: Executor, incident: { id: number; event_id: number | null }) {
  const rows = await db
    .selectFrom('item')
    .select([
      itemTime.as('hour'),
      (eb) => eb.fn.countAll<number>().as('volume'),
      sql<number>`sum(item.reposts + item.comments + item.likes)`.as('reach'),
      sql<number>`sum(case when item.sentiment = 'negative' then 1 else 0 end)`.as('negative'),
    ])
    .where('id', 'in', itemIdsOf(db, incident))
    .groupBy(itemTime)
    .orderBy(itemTime)
    .execute();
  return rows.map((r) => ({ hour: r.hour, volume: Number(r.volume), reach: Number(r.reach), negative: Number(r.negative) }));
}

export async function spreadOf(db: Executor, incident: { id: number; event_id: number | null }) {
  const r = await db
    .selectFrom('item')
    .select([
      (eb) => eb.fn.countAll<number>().as('items'),
      sql<number>`count(distinct item.source_id)`.as('sources'),
      sql<number>`coalesce(sum(item.reposts + item.comments + item.likes), 0)`.as('reach'),
      sql<number>`coalesce(sum(case when item.sentiment = 'negative' then 1 else 0 end), 0)`.as('negative'),
      (eb) => eb.fn.min('item.fetched_at').as('first_seen'),
      (eb) => eb.fn.max('item.fetched_at').as('last_seen'),
    ])
    .where('id', 'in', itemIdsOf(db, incident))
    .executeTakeFirstOrThrow();
  const tiers = await db.selectFrom('item').select('media_tier').distinct().where('id', 'in', itemIdsOf(db, incident)).execute();
  const items = Number(r.items);
  return { items, sources: Number(r.sources), reach: Number(r.reach), negativeShare: items ? Number(r.negative) / items : 0, firstSeen: r.first_seen as string | null, lastSeen: r.last_seen as string | null, tiers: tiers.map((t) => t.media_tier) };
}

export const insertTimeline = (db: Executor, row: Insertable<IncidentTables['incident_timeline']>) => db.insertInto('incident_timeline').values(row).execute();

export const timelineOf = (db: Executor, id: number) => db.selectFrom('incident_timeline').selectAll().where('incident_id', '=', id).orderBy('at').orderBy('id').execute();

/** Items that reached the incident through its event, as timeline entries (hand-attached ones are in the timeline already). */
export const eventItemEntries = (db: Executor, eventId: number) =>
  db
    .selectFrom('event_item')
    .innerJoin('item', 'item.id', 'event_item.item_id')
    .select(['event_item.added_at as at', 'item.id as item_id', 'item.title'])
    .where('event_item.event_id', '=', eventId)
    .orderBy('event_item.added_at')
    .execute();

export const statementsOf = (db: Executor, id: number) => db.selectFrom('incident_statement').selectAll().where('incident_id', '=', id).orderBy('version').execute();

export const approvalsOf = (db: Executor, id: number) =>
  db
    .selectFrom('incident_approval')
    .innerJoin('app_user', 'app_user.id', 'incident_approval.approver_id')
    .selectAll('incident_approval')
    .select('app_user.display_name as approver_name')
    .where('incident_id', '=', id)
    .orderBy('incident_approval.id')
    .execute();

export const reportsOf = (db: Executor, id: number) => db.selectFrom('incident_flash_report').selectAll().where('incident_id', '=', id).orderBy('id').execute();

export const recipientsOf = (db: Executor, id: number) =>
  db
    .selectFrom('incident_recipient')
    .innerJoin('unit', 'unit.id', 'incident_recipient.unit_id')
    .leftJoin('app_user', 'app_user.id', 'incident_recipient.acknowledged_by')
    .selectAll('incident_recipient')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'app_user.display_name as acknowledged_name'])
    .where('incident_id', '=', id)
    .orderBy('incident_recipient.id')
    .execute();

export const responsesOf = (db: Executor, id: number) =>
  db
    .selectFrom('incident_response')
    .innerJoin('unit', 'unit.id', 'incident_response.unit_id')
    .leftJoin('app_user', 'app_user.id', 'incident_response.actor_id')
    .selectAll('incident_response')
    .select(['unit.name as unit_name', 'app_user.display_name as actor_name'])
    .where('incident_id', '=', id)
    .orderBy('incident_response.id')
    .execute();

export const consultationsOf = (db: Executor, id: number) => db.selectFrom('incident_consultation').selectAll().where('incident_id', '=', id).orderBy('held_at').execute();

export const tasksOf = (db: Executor, id: number) =>
  db
    .selectFrom('incident_task')
    .leftJoin('app_user', 'app_user.id', 'incident_task.owner_id')
    .leftJoin('department', 'department.id', 'incident_task.department_id')
    .selectAll('incident_task')
    .select(['app_user.display_name as owner_name', 'department.name as department_name'])
    .where('incident_id', '=', id)
    .orderBy('incident_task.id')
    .execute();

export const repliesOf = (db: Executor, id: number) => db.selectFrom('incident_reply').selectAll().where('incident_id', '=', id).orderBy('published_at').execute();

export const reviewOf = (db: Executor, id: number) => db.selectFrom('incident_review').selectAll().where('incident_id', '=', id).executeTakeFirst();

export const breachesOf = (db: Executor, id: number) => db.selectFrom('incident_breach').selectAll().where('incident_id', '=', id).orderBy('at').execute();

/** Accounts of a unit holding any of the roles, enabled. */
export const accountsWithRoles = (db: Executor, unitId: number, roles: readonly string[]) =>
  db
    .selectFrom('app_user')
    .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.display_name'])
    .distinct()
    .where('app_user.unit_id', '=', unitId)
    .where('app_user.disabled', '=', 0)
    .where('user_role.role', 'in', [...roles])
    .orderBy('app_user.id')
    .execute();

export const unitsByIds = (db: Executor, ids: number[]) =>
  ids.length ? db.selectFrom('unit').select(['id', 'path', 'kind', 'name', 'parent_id']).where('id', 'in', ids).execute() : Promise.resolve([]);

/** Every item some incident holds (through its event or attached by hand): retention must keep these. */
export const heldItemIds = (db: Executor) =>
  db
    .selectFrom('incident_item')
    .select('item_id')
    .union(db.selectFrom('event_item').innerJoin('incident', 'incident.event_id', 'event_item.event_id').select('event_item.item_id'));
