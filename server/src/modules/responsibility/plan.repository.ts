import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { OccurrenceState } from '@yuqing/common';
import type { PlanTable, PlanTaskTable, TaskOccurrenceTable } from '../../db/schema.js';
import { DUE_SOON_DAYS } from './evidence.js';
import { addDays } from './periods.js';

export const planQuery = (db: Executor) =>
  db.selectFrom('plan').innerJoin('unit', 'unit.id', 'plan.unit_id').selectAll('plan').select(['unit.name as unit_name', 'unit.path as unit_path']);
export type PlanRow = NonNullable<Awaited<ReturnType<ReturnType<typeof planQuery>['executeTakeFirst']>>>;

export const findPlan = (db: Executor, id: number) => planQuery(db).where('plan.id', '=', id).executeTakeFirst();

export function listPlans(db: Executor, pathPrefix: string, filter: { unitId?: number; year?: number }) {
  let q = planQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('plan.unit_id', '=', filter.unitId);
  if (filter.year !== undefined) q = q.where('plan.year', '=', filter.year);
  return q.orderBy('plan.year', 'desc').orderBy('unit.path').orderBy('plan.id').execute();
}

export const insertPlan = (db: Executor, values: Insertable<PlanTable>) => db.insertInto('plan').values(values).returning('id').executeTakeFirstOrThrow();
export const updatePlan = (db: Executor, id: number, values: Updateable<PlanTable>) => db.updateTable('plan').set(values).where('id', '=', id).execute();

export const taskQuery = (db: Executor) =>
  db
    .selectFrom('plan_task')
    .innerJoin('plan', 'plan.id', 'plan_task.plan_id')
    .innerJoin('unit', 'unit.id', 'plan_task.unit_id')
    .leftJoin('person', 'person.id', 'plan_task.leader_person_id')
    .selectAll('plan_task')
    .select(['plan.year', 'plan.title as plan_title', 'unit.name as unit_name', 'unit.path as unit_path', 'person.name as leader_name']);
export type TaskRow = NonNullable<Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirst']>>>;

export const findTask = (db: Executor, id: number) => taskQuery(db).where('plan_task.id', '=', id).executeTakeFirst();
export const tasksOfPlan = (db: Executor, planId: number) => taskQuery(db).where('plan_task.plan_id', '=', planId).orderBy('plan_task.seq').orderBy('plan_task.id').execute();

export const insertTask = (db: Executor, values: Insertable<PlanTaskTable>) => db.insertInto('plan_task').values(values).returning('id').executeTakeFirstOrThrow();
export const updateTask = (db: Executor, id: number, values: Updateable<PlanTaskTable>) =>
  db.updateTable('plan_task').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
export const deleteTask = (db: Executor, id: number) => db.deleteFrom('plan_task').where('id', '=', id).execute();

export async function setTaskDepartments(db: Executor, taskId: number, lead: number[], responsible: number[]) {
  await db.deleteFrom('plan_task_department').where('task_id', '=', taskId).execute();
  const rows = [...lead.map((d) => ({ task_id: taskId, department_id: d, role: 'lead' as const })), ...responsible.map((d) => ({ task_id: taskId, department_id: d, role: 'responsible' as const }))];
  if (rows.length) await db.insertInto('plan_task_department').values(rows).execute();
}

export const departmentsOfTasks = (db: Executor, taskIds: number[]) =>
  taskIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('plan_task_department')
        .innerJoin('department', 'department.id', 'plan_task_department.department_id')
        .select(['plan_task_department.task_id', 'plan_task_department.role', 'department.id', 'department.name'])
        .where('plan_task_department.task_id', 'in', taskIds)
        .orderBy('department.sort')
        .orderBy('department.id')
        .execute();

export const occurrencesOfTasks = (db: Executor, taskIds: number[]) =>
  taskIds.length === 0 ? Promise.resolve([]) : db.selectFrom('task_occurrence').selectAll().where('task_id', 'in', taskIds).orderBy('task_id').orderBy('period_start').execute();

export const findOccurrence = (db: Executor, id: number) => db.selectFrom('task_occurrence').selectAll().where('id', '=', id).executeTakeFirst();

export const insertOccurrences = (db: Executor, rows: Insertable<TaskOccurrenceTable>[]) => (rows.length ? db.insertInto('task_occurrence').values(rows).execute() : Promise.resolve());
export const updateOccurrence = (db: Executor, id: number, values: Updateable<TaskOccurrenceTable>) => db.updateTable('task_occurrence').set(values).where('id', '=', id).execute();
export const deleteOccurrences = (db: Executor, ids: number[]) => (ids.length ? db.deleteFrom('task_occurrence').where('id', 'in', ids).execute() : Promise.resolve());

/** Occurrences with their task, for lists, the calendar and the overdue job. */
export const occurrenceListQuery = (db: Executor) =>
  db
    .selectFrom('task_occurrence')
    .innerJoin('plan_task', 'plan_task.id', 'task_occurrence.task_id')
    .innerJoin('unit', 'unit.id', 'task_occurrence.unit_id')
    .leftJoin('person', 'person.id', 'plan_task.leader_person_id')
    .selectAll('task_occurrence')
    .select(['plan_task.plan_id', 'plan_task.title', 'plan_task.seq', 'plan_task.evidence', 'plan_task.leader_person_id', 'person.name as leader_name', 'unit.name as unit_name', 'unit.path as unit_path']);
export type OccurrenceListRow = NonNullable<Awaited<ReturnType<ReturnType<typeof occurrenceListQuery>['executeTakeFirst']>>>;

export interface OccurrenceFilter {
  pathPrefix: string;
  unitId?: number;
  from?: string;
  to?: string;
  /** The state as of `today` (YYYY-MM-DD), decided in the query so that pages and counts agree with the figures. */
  state?: OccurrenceState;
  today?: string;
  /** Only occurrences not yet flagged overdue (the job's own filter). */
  unflagged?: boolean;
  offset?: number;
  limit?: number;
}

/** The same states occurrenceState() computes, as conditions of the query. */
function filtered(db: Executor, f: OccurrenceFilter) {
  let q = occurrenceListQuery(db).where('unit.path', 'like', `${f.pathPrefix}%`);
  if (f.unitId !== undefined) q = q.where('task_occurrence.unit_id', '=', f.unitId);
  if (f.from) q = q.where('task_occurrence.due_date', '>=', f.from);
  if (f.to) q = q.where('task_occurrence.due_date', '<=', f.to);
  if (f.unflagged) q = q.where('task_occurrence.overdue_notified_at', 'is', null);
  if (!f.state) return q;
  if (f.state === 'done') return q.where('task_occurrence.completed_at', 'is not', null);
  const today = f.today!;
  const soon = addDays(today, DUE_SOON_DAYS);
  q = q.where('task_occurrence.completed_at', 'is', null);
  switch (f.state) {
    case 'overdue':
      return q.where('task_occurrence.due_date', '<', today);
    case 'upcoming':
      return q.where('task_occurrence.due_date', '>=', today).where('task_occurrence.period_start', '>', today);
    case 'due_soon':
      return q.where('task_occurrence.due_date', '>=', today).where('task_occurrence.period_start', '<=', today).where('task_occurrence.due_date', '<=', soon);
    case 'open':
      return q.where('task_occurrence.period_start', '<=', today).where('task_occurrence.due_date', '>', soon);
  }
}

export function listOccurrences(db: Executor, f: OccurrenceFilter) {
  return filtered(db, f)
    .orderBy('task_occurrence.due_date')
    .orderBy('unit.path')
    .orderBy('plan_task.seq')
    .orderBy('task_occurrence.id')
    .offset(f.offset ?? 0)
    .limit(f.limit ?? 100_000)
    .execute();
}

export async function countOccurrences(db: Executor, f: OccurrenceFilter): Promise<number> {
  const row = await filtered(db, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
