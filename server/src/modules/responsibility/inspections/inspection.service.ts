import { inScope, transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { departmentInScope, personInScope, scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { addDays, beijingDate } from '../periods.js';
import { findChecklist } from './checklists.js';

export interface FindingInput {
  finding: string;
  ownerPersonId?: number | null;
  ownerDepartmentId?: number | null;
  deadline: string;
}

/** Days a failed self-check item gets to be put right unless the form says otherwise. */
export const SELF_CHECK_DAYS = 30;

async function checkOwners(ctx: Ctx, unitId: number, f: { ownerPersonId?: number | null; ownerDepartmentId?: number | null }, field: string) {
  if (f.ownerPersonId != null && (await personInScope(ctx, f.ownerPersonId)).unit_id !== unitId) throw badRequest('person_other_unit', {}, `${field}.ownerPersonId`);
  if (f.ownerDepartmentId != null && (await departmentInScope(ctx, f.ownerDepartmentId)).unit_id !== unitId) throw badRequest('department_other_unit', {}, `${field}.ownerDepartmentId`);
}

async function insertInspection(
  ctx: Ctx,
  head: { unitId: number; departmentId?: number | null; kind: 'inspection' | 'self_check'; checklistKey?: string | null; title: string; inspectedOn: string; note?: string | null },
  items: { key: string; text: string; passed: boolean; evidence?: string | null }[],
  findings: FindingInput[],
) {
  return transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    const { id } = await tx.db
      .insertInto('inspection')
      .values({ unit_id: head.unitId, department_id: head.departmentId ?? null, kind: head.kind, checklist_key: head.checklistKey ?? null, title: head.title.trim(), inspected_on: head.inspectedOn, note: head.note ?? null, created_by: ctx.actor?.userId ?? null, created_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (items.length) await tx.db.insertInto('inspection_item').values(items.map((i) => ({ inspection_id: id, item_key: i.key, text: i.text, passed: i.passed ? 1 : 0, evidence: i.evidence ?? null }))).execute();
    if (findings.length) {
      await tx.db
        .insertInto('rectification')
        .values(findings.map((f) => ({ inspection_id: id, unit_id: head.unitId, finding: f.finding.trim(), owner_person_id: f.ownerPersonId ?? null, owner_department_id: f.ownerDepartmentId ?? null, deadline: f.deadline, status: 'open' as const, closed_at: null, closing_evidence: null, created_at: stamp })))
        .execute();
    }
    await recordAudit(tx, { action: `inspection.${head.kind}`, objectType: 'inspection', objectId: id, unitId: head.unitId, after: { title: head.title, on: head.inspectedOn, checklist: head.checklistKey ?? null, failed: items.filter((i) => !i.passed).map((i) => i.key), findings: findings.map((f) => f.finding) } });
    return id;
  });
}

/** An inspection (督查) of a unit or department; each finding becomes a rectification with an owner and a deadline. */
export async function recordInspection(ctx: Ctx, input: { unitId: number; departmentId?: number | null; title: string; inspectedOn: string; note?: string | null; findings: FindingInput[] }) {
  await unitInScope(ctx, input.unitId);
  if (input.departmentId != null && (await departmentInScope(ctx, input.departmentId)).unit_id !== input.unitId) throw badRequest('department_other_unit', {}, 'departmentId');
  for (const [i, f] of input.findings.entries()) await checkOwners(ctx, input.unitId, f, `findings.${i}`);
  return insertInspection(ctx, { ...input, kind: 'inspection' }, [], input.findings);
}

/**
 * A self-inspection from a checklist: every item of the list must be answered; each failed item
 * becomes a rectification due in 30 days (or on the date given).
 */
export async function runSelfCheck(
  ctx: Ctx,
  input: { unitId: number; checklistKey: string; inspectedOn: string; answers: { key: string; passed: boolean; evidence?: string | null }[]; ownerPersonId?: number | null; deadline?: string | null },
) {
  await unitInScope(ctx, input.unitId);
  const list = findChecklist(input.checklistKey);
  if (!list) throw badRequest('unknown_checklist', { key: input.checklistKey }, 'checklistKey');
  const missing = list.items.filter((i) => !input.answers.some((a) => a.key === i.key));
  if (missing.length) throw badRequest('checklist_incomplete', { items: missing.map((m) => m.text.slice(0, 12)).join('；') }, 'answers');
  const unknown = input.answers.find((a) => !list.items.some((i) => i.key === a.key));
  if (unknown) throw badRequest('checklist_incomplete', { items: unknown.key }, 'answers');
  await checkOwners(ctx, input.unitId, { ownerPersonId: input.ownerPersonId }, 'owner');
  const items = list.items.map((i) => ({ ...i, ...input.answers.find((a) => a.key === i.key)! }));
  const deadline = input.deadline ?? addDays(input.inspectedOn, SELF_CHECK_DAYS);
  const findings = items.filter((i) => !i.passed).map((i) => ({ finding: i.text, ownerPersonId: input.ownerPersonId ?? null, deadline }));
  return insertInspection(ctx, { unitId: input.unitId, kind: 'self_check', checklistKey: list.key, title: list.title['zh-CN'], inspectedOn: input.inspectedOn }, items, findings);
}

const rectQuery = (ctx: Ctx) =>
  ctx.db
    .selectFrom('rectification')
    .innerJoin('unit', 'unit.id', 'rectification.unit_id')
    .innerJoin('inspection', 'inspection.id', 'rectification.inspection_id')
    .leftJoin('person', 'person.id', 'rectification.owner_person_id')
    .leftJoin('department', 'department.id', 'rectification.owner_department_id')
    .selectAll('rectification')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'inspection.title as inspection_title', 'person.name as owner_name', 'department.name as owner_department_name']);

export async function listRectifications(ctx: Ctx, q: { unitId?: number; subtree?: boolean; state?: 'open' | 'overdue' | 'closed' }, now = new Date()) {
  const unit = q.unitId !== undefined ? await unitInScope(ctx, q.unitId) : null;
  const today = beijingDate(now);
  let query = rectQuery(ctx).where('unit.path', 'like', `${unit?.path ?? scopePrefix(ctx)}%`);
  if (unit && !q.subtree) query = query.where('rectification.unit_id', '=', unit.id);
  if (q.state === 'closed') query = query.where('rectification.status', '=', 'closed');
  if (q.state === 'open') query = query.where('rectification.status', '=', 'open');
  if (q.state === 'overdue') query = query.where('rectification.status', '=', 'open').where('rectification.deadline', '<', today);
  return (await query.orderBy('rectification.deadline').execute()).map((r) => ({ ...r, overdue: r.status === 'open' && r.deadline < today }));
}

/** Closing a rectification needs the evidence of what was put right. */
export async function closeRectification(ctx: Ctx, id: number, evidence: string) {
  const r = await rectQuery(ctx).where('rectification.id', '=', id).executeTakeFirst();
  if (!r || !inScope(ctx.actor, r.unit_path)) throw outOfScope('rectification');
  if (r.status === 'closed') throw badRequest('rectification_closed', {});
  await transact(ctx, async (tx) => {
    await tx.db.updateTable('rectification').set({ status: 'closed', closed_at: new Date().toISOString(), closing_evidence: evidence }).where('id', '=', id).execute();
    await recordAudit(tx, { action: 'rectification.close', objectType: 'rectification', objectId: id, unitId: r.unit_id, before: { status: 'open' }, after: { status: 'closed', evidence } });
  });
}

export async function listInspections(ctx: Ctx, q: { unitId?: number; subtree?: boolean }) {
  const unit = q.unitId !== undefined ? await unitInScope(ctx, q.unitId) : null;
  let query = ctx.db
    .selectFrom('inspection')
    .innerJoin('unit', 'unit.id', 'inspection.unit_id')
    .selectAll('inspection')
    .select(['unit.name as unit_name'])
    .where('unit.path', 'like', `${unit?.path ?? scopePrefix(ctx)}%`);
  if (unit && !q.subtree) query = query.where('inspection.unit_id', '=', unit.id);
  return query.orderBy('inspection.inspected_on', 'desc').orderBy('inspection.id', 'desc').execute();
}

export async function getInspection(ctx: Ctx, id: number) {
  const head = await ctx.db.selectFrom('inspection').innerJoin('unit', 'unit.id', 'inspection.unit_id').selectAll('inspection').select(['unit.name as unit_name', 'unit.path as unit_path']).where('inspection.id', '=', id).executeTakeFirst();
  if (!head || !inScope(ctx.actor, head.unit_path)) throw outOfScope('inspection');
  const [items, rectifications] = await Promise.all([
    ctx.db.selectFrom('inspection_item').selectAll().where('inspection_id', '=', id).orderBy('id').execute(),
    rectQuery(ctx).where('rectification.inspection_id', '=', id).orderBy('rectification.id').execute(),
  ]);
  return { ...head, items, rectifications };
}
