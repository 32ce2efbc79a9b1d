import type { Executor } from '../../db/database.js';
import type { Department } from '../../db/schema.js';

export const findDepartment = (db: Executor, id: number) =>
  db
    .selectFrom('department')
    .innerJoin('unit', 'unit.id', 'department.unit_id')
    .selectAll('department')
    .select('unit.path as unit_path')
    .where('department.id', '=', id)
    .executeTakeFirst();

export const departmentsOfUnit = (db: Executor, unitId: number) =>
  db
    .selectFrom('department')
    .leftJoin('person', (j) => j.onRef('person.department_id', '=', 'department.id').on('person.active', '=', 1))
    .selectAll('department')
    .select((eb) => eb.fn.count<number>('person.id').as('people_count'))
    .where('department.unit_id', '=', unitId)
    .groupBy('department.id')
    .orderBy('department.sort')
    .orderBy('department.id')
    .execute();

export const departmentByName = (db: Executor, unitId: number, name: string) =>
  db.selectFrom('department').select('id').where('unit_id', '=', unitId).where('name', '=', name).executeTakeFirst();

export async function insertDepartment(db: Executor, values: Omit<Department, 'id'>): Promise<Department> {
  return db.insertInto('department').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateDepartment(db: Executor, id: number, values: Partial<Pick<Department, 'name' | 'duties' | 'sort' | 'unit_id'>>) {
  return db.updateTable('department').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export const peopleInDepartment = async (db: Executor, id: number) =>
  Number((await db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).where('department_id', '=', id).executeTakeFirstOrThrow()).n);

export async function deleteDepartment(db: Executor, id: number): Promise<void> {
  await db.updateTable('leading_group').set({ office_department_id: null }).where('office_department_id', '=', id).execute();
  await db.deleteFrom('department').where('id', '=', id).execute();
}
