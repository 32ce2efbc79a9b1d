import type { GroupPosition } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { badRequest, outOfScope } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { recordAudit } from '../platform/audit.service.js';
import { departmentInScope } from './department.service.js';
import { personInScope } from './person.service.js';
import { unitInScope } from './scope.js';

export interface MemberInput {
  personId: number;
  position: GroupPosition;
  duty?: string | null;
}

export interface LeadingGroupInput {
  unitId: number;
  name: string;
  officeDepartmentId?: number | null;
  duties?: string | null;
  members: MemberInput[];
}

async function load(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const groups = await db
    .selectFrom('leading_group')
    .leftJoin('department', 'department.id', 'leading_group.office_department_id')
    .selectAll('leading_group')
    .select('department.name as office_department_name')
    .where('leading_group.id', 'in', ids)
    .orderBy('leading_group.id')
    .execute();
  const members = await db
    .selectFrom('leading_group_member')
    .innerJoin('person', 'person.id', 'leading_group_member.person_id')
    .select([
      'leading_group_member.leading_group_id',
      'leading_group_member.person_id',
      'leading_group_member.position',
      'leading_group_member.duty',
      'leading_group_member.sort',
      'person.name',
      'person.title',
    ])
    .where('leading_group_member.leading_group_id', 'in', ids)
    .orderBy('leading_group_member.sort')
    .execute();
  return groups.map((g) => ({ ...g, members: members.filter((m) => m.leading_group_id === g.id) }));
}

export type LeadingGroupView = Awaited<ReturnType<typeof load>>[number];

async function groupInScope(ctx: Ctx, id: number) {
  const row = await ctx.db
    .selectFrom('leading_group')
    .innerJoin('unit', 'unit.id', 'leading_group.unit_id')
    .select(['leading_group.id', 'leading_group.unit_id', 'unit.path'])
    .where('leading_group.id', '=', id)
    .executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.path)) throw outOfScope('leading_group');
  return (await load(ctx.db, [id]))[0];
}

export async function listLeadingGroups(ctx: Ctx, unitId: number) {
  await unitInScope(ctx, unitId);
  const ids = await ctx.db.selectFrom('leading_group').select('id').where('unit_id', '=', unitId).execute();
  return load(ctx.db, ids.map((r) => r.id));
}

async function validate(ctx: Ctx, unitId: number, input: Partial<LeadingGroupInput>) {
  if (input.officeDepartmentId != null) {
    const d = await departmentInScope(ctx, input.officeDepartmentId);
    if (d.unit_id !== unitId) throw badRequest('department_other_unit', {}, 'officeDepartmentId');
  }
  const unit = await unitInScope(ctx, unitId);
  for (const [i, m] of (input.members ?? []).entries()) {
    const p = await personInScope(ctx, m.personId);
    // Members come from the unit or, as in the seeds (各村（社区）书记), from units below it.
    if (!p.unit_path.startsWith(unit.path)) throw badRequest('person_other_unit', {}, `members.${i}.personId`);
  }
}

async function writeMembers(db: Executor, groupId: number, members: MemberInput[]) {
  await db.deleteFrom('leading_group_member').where('leading_group_id', '=', groupId).execute();
  if (members.length) {
    await db
      .insertInto('leading_group_member')
      .values(members.map((m, sort) => ({ leading_group_id: groupId, person_id: m.personId, position: m.position, duty: m.duty ?? null, sort })))
      .execute();
  }
}

const summary = (g: LeadingGroupView | undefined) =>
  g ? { name: g.name, office_department_id: g.office_department_id, members: g.members.map((m) => `${m.name}:${m.position}`) } : null;

export async function createLeadingGroup(ctx: Ctx, input: LeadingGroupInput) {
  await unitInScope(ctx, input.unitId);
  await validate(ctx, input.unitId, input);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const row = await tx.db
      .insertInto('leading_group')
      .values({ unit_id: input.unitId, name: input.name.trim(), office_department_id: input.officeDepartmentId ?? null, duties: input.duties ?? null, is_demo: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeMembers(tx.db, row.id, input.members);
    const group = (await load(tx.db, [row.id]))[0];
    await recordAudit(tx, { action: 'leading_group.create', objectType: 'leading_group', objectId: row.id, unitId: input.unitId, after: summary(group) });
    return group;
  });
}

export async function updateLeadingGroup(ctx: Ctx, id: number, input: Partial<Omit<LeadingGroupInput, 'unitId'>>) {
  const before = await groupInScope(ctx, id);
  await validate(ctx, before.unit_id, input);
  return transact(ctx, async (tx) => {
    await tx.db
      .updateTable('leading_group')
      .set({ name: input.name?.trim(), office_department_id: input.officeDepartmentId, duties: input.duties, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    if (input.members) await writeMembers(tx.db, id, input.members);
    const after = (await load(tx.db, [id]))[0];
    await recordAudit(tx, { action: 'leading_group.update', objectType: 'leading_group', objectId: id, unitId: before.unit_id, before: summary(before), after: summary(after) });
    return after;
  });
}

export async function deleteLeadingGroup(ctx: Ctx, id: number): Promise<void> {
  const before = await groupInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await tx.db.deleteFrom('leading_group').where('id', '=', id).execute();
    await recordAudit(tx, { action: 'leading_group.delete', objectType: 'leading_group', objectId: id, unitId: before.unit_id, before: summary(before) });
  });
}
