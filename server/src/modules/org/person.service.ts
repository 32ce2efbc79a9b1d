import { inScope, type Ctx } from '../../core/context.js';
import { orgWrite } from './org-revision.js';
import { badRequest, conflict, outOfScope } from '../../core/errors.js';
import type { Person } from '../../db/schema.js';
import { pick, recordAudit } from '../platform/audit.service.js';
import { departmentInScope } from './department.service.js';
import { movesOf, recordMove } from './org-move.repository.js';
import * as repo from './person.repository.js';
import { scopePrefix, unitInScope } from './scope.js';

const AUDITED: (keyof Person)[] = ['unit_id', 'department_id', 'name', 'title', 'active'];

export async function personInScope(ctx: Ctx, id: number) {
  const p = await repo.findPerson(ctx.db, id);
  if (!p || !inScope(ctx.actor, p.unit_path)) throw outOfScope('person');
  return p;
}

export interface PersonInput {
  unitId: number;
  departmentId?: number | null;
  name: string;
  title?: string | null;
  active?: boolean;
  /** 一岗双责: the departments this leadership member answers for. */
  oversees?: number[];
  reason?: string | null;
}

async function checkPlacement(ctx: Ctx, unitId: number, departmentId: number | null | undefined) {
  await unitInScope(ctx, unitId);
  if (departmentId != null) {
    const d = await departmentInScope(ctx, departmentId);
    if (d.unit_id !== unitId) throw badRequest('department_other_unit', {}, 'departmentId');
  }
}

async function checkOversight(ctx: Ctx, departmentIds: number[]) {
  for (const id of departmentIds) await departmentInScope(ctx, id);
}

export async function listPeople(ctx: Ctx, q: { unitId?: number; departmentId?: number; q?: string; includeSubunits?: boolean; includeInactive?: boolean; page: number; pageSize: number }) {
  let pathPrefix = scopePrefix(ctx);
  let unitId = q.unitId;
  if (q.unitId !== undefined) {
    const unit = await unitInScope(ctx, q.unitId);
    if (q.includeSubunits) {
      pathPrefix = unit.path;
      unitId = undefined;
    }
  }
  if (q.departmentId !== undefined) await departmentInScope(ctx, q.departmentId);
  return repo.listPeople(ctx.db, {
    pathPrefix,
    unitId,
    departmentId: q.departmentId,
    q: q.q,
    includeInactive: q.includeInactive,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
}

export async function getPerson(ctx: Ctx, id: number) {
  const person = await personInScope(ctx, id);
  const [oversees, history, account] = await Promise.all([
    repo.oversightOf(ctx.db, id),
    movesOf(ctx.db, 'person', id),
    ctx.db.selectFrom('app_user').select(['id', 'username']).where('person_id', '=', id).executeTakeFirst(),
  ]);
  return { person, oversees, history, account: account ?? null };
}

export async function createPerson(ctx: Ctx, input: PersonInput): Promise<Person> {
  await checkPlacement(ctx, input.unitId, input.departmentId);
  if (input.oversees) await checkOversight(ctx, input.oversees);
  return orgWrite(ctx, async (tx) => {
    const now = new Date().toISOString();
    const p = await repo.insertPerson(tx.db, {
      unit_id: input.unitId,
      department_id: input.departmentId ?? null,
      name: input.name.trim(),
      title: input.title ?? null,
      active: input.active === false ? 0 : 1,
      is_demo: 0,
      created_at: now,
      updated_at: now,
    });
    if (input.oversees?.length) await repo.replaceOversight(tx.db, p.id, input.oversees);
    await recordAudit(tx, { action: 'person.create', objectType: 'person', objectId: p.id, unitId: p.unit_id, after: { ...pick(p, AUDITED), oversees: input.oversees ?? [] } });
    return p;
  });
}

export async function updatePerson(ctx: Ctx, id: number, input: Partial<PersonInput>): Promise<Person> {
  const before = await personInScope(ctx, id);
  const unitId = input.unitId ?? before.unit_id;
  const departmentId = input.departmentId !== undefined ? input.departmentId : unitId !== before.unit_id ? null : before.department_id;
  await checkPlacement(ctx, unitId, departmentId);
  if (input.oversees) await checkOversight(ctx, input.oversees);
  return orgWrite(ctx, async (tx) => {
    const after = await repo.updatePerson(tx.db, id, {
      name: input.name?.trim(),
      title: input.title,
      unit_id: unitId,
      department_id: departmentId,
      active: input.active === undefined ? undefined : input.active ? 1 : 0,
    });
    const moved = unitId !== before.unit_id || departmentId !== before.department_id;
    if (moved) {
      await recordMove(tx.db, {
        object_type: 'person',
        object_id: id,
        from_unit_id: before.unit_id,
        from_department_id: before.department_id,
        to_unit_id: unitId,
        to_department_id: departmentId,
        moved_at: after.updated_at,
        moved_by: ctx.actor?.userId ?? null,
        reason: input.reason ?? null,
      });
    }
    const oversightBefore = (await repo.oversightOf(tx.db, id)).map((d) => d.id);
    if (input.oversees) await repo.replaceOversight(tx.db, id, input.oversees);
    await recordAudit(tx, {
      action: moved ? 'person.move' : 'person.update',
      objectType: 'person',
      objectId: id,
      unitId,
      before: { ...pick(before, AUDITED), oversees: oversightBefore },
      after: { ...pick(after, AUDITED), oversees: input.oversees ?? oversightBefore },
    });
    return after;
  });
}

/** A person referenced by an account or a leading group is deactivated rather than deleted; this says why it cannot go. */
export async function deletePerson(ctx: Ctx, id: number): Promise<void> {
  const before = await personInScope(ctx, id);
  await orgWrite(ctx, async (tx) => {
    const refs = await repo.referencesOf(tx.db, id);
    if (refs.accounts || refs.groups) {
      throw conflict('person_referenced', refs);
    }
    await tx.db.deleteFrom('org_move').where('object_type', '=', 'person').where('object_id', '=', id).execute();
    await repo.deletePerson(tx.db, id);
    await recordAudit(tx, { action: 'person.delete', objectType: 'person', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED) });
  });
}

export async function personHistory(ctx: Ctx, id: number) {
  await personInScope(ctx, id);
  return movesOf(ctx.db, 'person', id);
}
