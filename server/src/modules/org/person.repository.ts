import type { Executor } from '../../db/database.js';
import type { Person } from '../../db/schema.js';

export const findPerson = (db: Executor, id: number) =>
  db
    .selectFrom('person')
    .innerJoin('unit', 'unit.id', 'person.unit_id')
    .leftJoin('department', 'department.id', 'person.department_id')
    .selectAll('person')
    .select(['unit.path as unit_path', 'unit.name as unit_name', 'department.name as department_name'])
    .where('person.id', '=', id)
    .executeTakeFirst();

export interface PeopleQuery {
  pathPrefix: string;
  unitId?: number;
  departmentId?: number;
  q?: string;
  includeInactive?: boolean;
  offset: number;
  limit: number;
}

function peopleBase(db: Executor, q: PeopleQuery) {
  let query = db
    .selectFrom('person')
    .innerJoin('unit', 'unit.id', 'person.unit_id')
    .leftJoin('department', 'department.id', 'person.department_id')
    .where('unit.path', 'like', `${q.pathPrefix}%`);
  if (q.unitId !== undefined) query = query.where('person.unit_id', '=', q.unitId);
  if (q.departmentId !== undefined) query = query.where('person.department_id', '=', q.departmentId);
  if (!q.includeInactive) query = query.where('person.active', '=', 1);
  if (q.q) query = query.where((eb) => eb.or([eb('person.name', 'like', `%${q.q}%`), eb('person.title', 'like', `%${q.q}%`)]));
  return query;
}

export async function listPeople(db: Executor, q: PeopleQuery) {
  const [rows, total] = await Promise.all([
    peopleBase(db, q)
      .selectAll('person')
      .select(['unit.name as unit_name', 'department.name as department_name'])
      .orderBy('person.unit_id')
      .orderBy('person.id')
      .offset(q.offset)
      .limit(q.limit)
      .execute(),
    peopleBase(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const insertPerson = (db: Executor, values: Omit<Person, 'id'>) => db.insertInto('person').values(values).returningAll().executeTakeFirstOrThrow();

export const updatePerson = (db: Executor, id: number, values: Partial<Pick<Person, 'name' | 'title' | 'unit_id' | 'department_id' | 'active'>>) =>
  db.updateTable('person').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const oversightOf = (db: Executor, personId: number) =>
  db
    .selectFrom('oversight')
    .innerJoin('department', 'department.id', 'oversight.department_id')
    .select(['department.id', 'department.name', 'department.unit_id'])
    .where('oversight.person_id', '=', personId)
    .orderBy('department.id')
    .execute();

export async function replaceOversight(db: Executor, personId: number, departmentIds: number[]): Promise<void> {
  await db.deleteFrom('oversight').where('person_id', '=', personId).execute();
  if (departmentIds.length) await db.insertInto('oversight').values(departmentIds.map((department_id) => ({ person_id: personId, department_id }))).execute();
}

export async function referencesOf(db: Executor, personId: number) {
  const [accounts, groups] = await Promise.all([
    db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).executeTakeFirstOrThrow(),
    db.selectFrom('leading_group_member').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).executeTakeFirstOrThrow(),
  ]);
  return { accounts: Number(accounts.n), groups: Number(groups.n) };
}

export const deletePerson = (db: Executor, id: number) => db.deleteFrom('person').where('id', '=', id).execute();
