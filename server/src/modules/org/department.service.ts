import { inScope, type Ctx } from '../../core/context.js';
import { orgWrite } from './org-revision.js';
import { conflict, outOfScope } from '../../core/errors.js';
import type { Department } from '../../db/schema.js';
import { pick, recordAudit } from '../platform/audit.service.js';
import * as repo from './department.repository.js';
import { movesOf, recordMove } from './org-move.repository.js';
import { unitInScope } from './scope.js';

const AUDITED: (keyof Department)[] = ['unit_id', 'name', 'duties', 'sort'];

export async function departmentInScope(ctx: Ctx, id: number) {
  const d = await repo.findDepartment(ctx.db, id);
  if (!d || !inScope(ctx.actor, d.unit_path)) throw outOfScope('department');
  return d;
}

export async function listDepartments(ctx: Ctx, unitId: number) {
  await unitInScope(ctx, unitId);
  return repo.departmentsOfUnit(ctx.db, unitId);
}

export interface DepartmentInput {
  unitId: number;
  name: string;
  duties?: string | null;
  sort?: number;
  /** Why a department moved to another unit, kept in its history. */
  reason?: string | null;
}

async function assertUniqueName(ctx: Ctx, unitId: number, name: string, selfId?: number) {
  const existing = await repo.departmentByName(ctx.db, unitId, name);
  if (existing && existing.id !== selfId) throw conflict('duplicate', { object: 'department', value: name }, 'name');
}

export async function createDepartment(ctx: Ctx, input: DepartmentInput): Promise<Department> {
  await unitInScope(ctx, input.unitId);
  const name = input.name.trim();
  return orgWrite(ctx, async (tx) => {
    await assertUniqueName(tx, input.unitId, name);
    const now = new Date().toISOString();
    const d = await repo.insertDepartment(tx.db, { unit_id: input.unitId, name, duties: input.duties ?? null, sort: input.sort ?? 0, is_demo: 0, created_at: now, updated_at: now });
    await recordAudit(tx, { action: 'department.create', objectType: 'department', objectId: d.id, unitId: d.unit_id, after: pick(d, AUDITED) });
    return d;
  });
}

export async function updateDepartment(ctx: Ctx, id: number, input: Partial<DepartmentInput>): Promise<Department> {
  const before = await departmentInScope(ctx, id);
  const targetUnit = input.unitId ?? before.unit_id;
  if (targetUnit !== before.unit_id) await unitInScope(ctx, targetUnit);
  return orgWrite(ctx, async (tx) => {
    if (input.name !== undefined || targetUnit !== before.unit_id) await assertUniqueName(tx, targetUnit, input.name?.trim() ?? before.name, id);
    const after = await repo.updateDepartment(tx.db, id, { name: input.name?.trim(), duties: input.duties, sort: input.sort, unit_id: targetUnit });
    if (targetUnit !== before.unit_id) {
      const move = { from_unit_id: before.unit_id, to_unit_id: targetUnit, moved_at: after.updated_at, moved_by: ctx.actor?.userId ?? null, reason: input.reason ?? null };
      await recordMove(tx.db, { ...move, object_type: 'department', object_id: id, from_department_id: null, to_department_id: null });
      // Its people move with it: they stay in the department, now under the new unit, and their history says so.
      const people = await tx.db.selectFrom('person').select('id').where('department_id', '=', id).execute();
      for (const p of people) await recordMove(tx.db, { ...move, object_type: 'person', object_id: p.id, from_department_id: id, to_department_id: id });
      await tx.db.updateTable('person').set({ unit_id: targetUnit, updated_at: after.updated_at }).where('department_id', '=', id).execute();
    }
    await recordAudit(tx, { action: targetUnit !== before.unit_id ? 'department.move' : 'department.update', objectType: 'department', objectId: id, unitId: targetUnit, before: pick(before, AUDITED), after: pick(after, AUDITED) });
    return after;
  });
}

export async function deleteDepartment(ctx: Ctx, id: number): Promise<void> {
  const before = await departmentInScope(ctx, id);
  await orgWrite(ctx, async (tx) => {
    const people = await repo.peopleInDepartment(tx.db, id);
    if (people > 0) throw conflict('department_has_people', { people });
    await repo.deleteDepartment(tx.db, id);
    await recordAudit(tx, { action: 'department.delete', objectType: 'department', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED) });
  });
}

export async function departmentHistory(ctx: Ctx, id: number) {
  await departmentInScope(ctx, id);
  return movesOf(ctx.db, 'department', id);
}
