import { sql, type ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB, NewUnit, Unit } from '../../db/schema.js';

export const findUnit = (db: Executor, id: number) => db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst();

export const countUnits = async (db: Executor) =>
  Number((await db.selectFrom('unit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

export const rootUnit = (db: Executor) => db.selectFrom('unit').selectAll().where('parent_id', 'is', null).orderBy('id').executeTakeFirst();

export function unitsUnder(db: Executor, pathPrefix: string): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().where('path', 'like', `${pathPrefix}%`).orderBy('sort').orderBy('id').execute();
}

/** Head counts per unit for the tree, in one grouped query each rather than one per unit. */
export async function countsUnder(db: Executor, pathPrefix: string) {
  const [departments, people] = await Promise.all([
    db
      .selectFrom('department')
      .innerJoin('unit', 'unit.id', 'department.unit_id')
      .select(['department.unit_id as unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit.path', 'like', `${pathPrefix}%`)
      .groupBy('department.unit_id')
      .execute(),
    db
      .selectFrom('person')
      .innerJoin('unit', 'unit.id', 'person.unit_id')
      .select(['person.unit_id as unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit.path', 'like', `${pathPrefix}%`)
      .where('person.active', '=', 1)
      .groupBy('person.unit_id')
      .execute(),
  ]);
  return {
    departments: new Map(departments.map((r) => [r.unit_id, Number(r.n)])),
    people: new Map(people.map((r) => [r.unit_id, Number(r.n)])),
  };
}

export async function insertUnit(db: Executor, values: Omit<NewUnit, 'path'>, parentPath: string): Promise<Unit> {
  const row = await db.insertInto('unit').values({ ...values, path: '/' }).returningAll().executeTakeFirstOrThrow();
  const path = `${parentPath}${row.id}/`;
  await db.updateTable('unit').set({ path }).where('id', '=', row.id).execute();
  return { ...row, path };
}

export async function updateUnit(db: Executor, id: number, values: Partial<Pick<Unit, 'name' | 'kind' | 'code' | 'sort' | 'parent_id'>>) {
  return db
    .updateTable('unit')
    .set({ ...values, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Rewrites the path prefix of a whole subtree after a move. */
export async function repath(db: Executor, oldPrefix: string, newPrefix: string): Promise<void> {
  await db
    .updateTable('unit')
    .set({ path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})` })
    .where('path', 'like', `${oldPrefix}%`)
    .execute();
}

export async function blockersOfDelete(db: Executor, id: number) {
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) => Number((await q.executeTakeFirstOrThrow()).n);
  const n = (eb: ExpressionBuilder<DB, keyof DB>) => eb.fn.countAll<number>().as('n');
  const [children, departments, people, accounts, groups] = await Promise.all([
    count(db.selectFrom('unit').select(n).where('parent_id', '=', id)),
    count(db.selectFrom('department').select(n).where('unit_id', '=', id)),
    count(db.selectFrom('person').select(n).where('unit_id', '=', id)),
    count(db.selectFrom('app_user').select(n).where('unit_id', '=', id)),
    count(db.selectFrom('leading_group').select(n).where('unit_id', '=', id)),
  ]);
  return { children, departments, people, accounts, groups };
}

export async function deleteUnit(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('unit').where('id', '=', id).execute();
}
