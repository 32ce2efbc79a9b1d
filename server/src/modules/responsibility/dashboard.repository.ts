import type { Executor } from '../../db/database.js';

/** Each unit's own occurrence counts for the dates given, summed in the database. */
export function occurrenceFigures(db: Executor, pathPrefix: string, from: string, to: string, today: string) {
  return db
    .selectFrom('task_occurrence')
    .innerJoin('unit', 'unit.id', 'task_occurrence.unit_id')
    .where('unit.path', 'like', `${pathPrefix}%`)
    .where('task_occurrence.due_date', '>=', from)
    .where('task_occurrence.due_date', '<=', to)
    .groupBy('task_occurrence.unit_id')
    .select((eb) => [
      'task_occurrence.unit_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('task_occurrence.completed_at', 'is not', null).then(1).else(0).end()).as('done'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('task_occurrence.completed_at', 'is', null), eb('task_occurrence.due_date', '<', today)])).then(1).else(0).end()).as('overdue'),
      eb.fn.sum<number>(eb.case().when('task_occurrence.due_date', '<=', today).then(1).else(0).end()).as('due_so_far'),
    ])
    .execute();
}

export function meetingFigures(db: Executor, pathPrefix: string, from: string, to: string) {
  return db
    .selectFrom('meeting')
    .innerJoin('unit', 'unit.id', 'meeting.unit_id')
    .where('unit.path', 'like', `${pathPrefix}%`)
    .where('meeting.held_on', '>=', from)
    .where('meeting.held_on', '<=', to)
    .groupBy(['meeting.unit_id', 'meeting.kind'])
    .select((eb) => ['meeting.unit_id', 'meeting.kind', eb.fn.countAll<number>().as('n')])
    .execute();
}

export function rectificationFigures(db: Executor, pathPrefix: string, today: string) {
  return db
    .selectFrom('rectification')
    .innerJoin('unit', 'unit.id', 'rectification.unit_id')
    .where('unit.path', 'like', `${pathPrefix}%`)
    .where('rectification.status', '=', 'open')
    .groupBy('rectification.unit_id')
    .select((eb) => [
      'rectification.unit_id',
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('rectification.deadline', '<', today).then(1).else(0).end()).as('overdue'),
    ])
    .execute();
}
