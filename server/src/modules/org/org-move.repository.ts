import type { Executor } from '../../db/database.js';
import type { OrgMoveTable } from '../../db/schema.js';
import type { Insertable } from 'kysely';

export async function recordMove(db: Executor, move: Insertable<OrgMoveTable>): Promise<void> {
  await db.insertInto('org_move').values(move).execute();
}

export const movesOf = (db: Executor, objectType: 'department' | 'person', objectId: number) =>
  db
    .selectFrom('org_move')
    .leftJoin('unit as fu', 'fu.id', 'org_move.from_unit_id')
    .leftJoin('unit as tu', 'tu.id', 'org_move.to_unit_id')
    .leftJoin('department as fd', 'fd.id', 'org_move.from_department_id')
    .leftJoin('department as td', 'td.id', 'org_move.to_department_id')
    .leftJoin('app_user', 'app_user.id', 'org_move.moved_by')
    .select([
      'org_move.id',
      'org_move.moved_at',
      'org_move.reason',
      'org_move.from_unit_id',
      'fu.name as from_unit_name',
      'org_move.to_unit_id',
      'tu.name as to_unit_name',
      'org_move.from_department_id',
      'fd.name as from_department_name',
      'org_move.to_department_id',
      'td.name as to_department_name',
      'app_user.display_name as moved_by_name',
    ])
    .where('org_move.object_type', '=', objectType)
    .where('org_move.object_id', '=', objectId)
    .orderBy('org_move.id', 'desc')
    .execute();
