import type { SubmissionInput, TallyRow } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { outOfScope } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { scopePrefix, unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';

/** [year, month] of an instant in Beijing time. */
function beijingYearMonth(iso: string): [number, number] {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1];
}

/** Seed (篇十一): "每月及时向区委宣传部报送新闻信息或新闻线索至少2条". */
export const DEFAULT_MONTHLY_TARGET = 2;
const TARGET_KEY = (unitId: number) => `submissions.monthly-target.${unitId}`;


async function submissionInScope(ctx: Ctx, id: number) {
  const row = await ctx.db
    .selectFrom('submission')
    .innerJoin('unit', 'unit.id', 'submission.unit_id')
    .selectAll('submission')
    .select(['unit.path as unit_path', 'unit.name as unit_name'])
    .where('submission.id', '=', id)
    .executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('submission');
  return row;
}

export async function createSubmission(ctx: Ctx, input: SubmissionInput) {
  await unitInScope(ctx, input.unitId);
  return transact(ctx, async (tx) => {
    const row = await tx.db
      .insertInto('submission')
      .values({ unit_id: input.unitId, title: input.title.trim(), kind: input.kind, submitted_on: input.submittedOn, adopted: input.adopted ? 1 : 0, adopted_by: input.adoptedBy ?? null, note: input.note ?? null, is_demo: 0, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'submission.create', objectType: 'submission', objectId: row.id, unitId: input.unitId, after: input });
    return submissionInScope(tx, row.id);
  });
}

export async function updateSubmission(ctx: Ctx, id: number, input: Partial<Omit<SubmissionInput, 'unitId'>>) {
  const before = await submissionInScope(ctx, id);
  return transact(ctx, async (tx) => {
    await tx.db
      .updateTable('submission')
      .set({ title: input.title?.trim(), kind: input.kind, submitted_on: input.submittedOn, adopted: input.adopted === undefined ? undefined : input.adopted ? 1 : 0, adopted_by: input.adoptedBy, note: input.note })
      .where('id', '=', id)
      .execute();
    const after = await submissionInScope(tx, id);
    await recordAudit(tx, { action: 'submission.update', objectType: 'submission', objectId: id, unitId: before.unit_id, before: { title: before.title, adopted: before.adopted, adoptedBy: before.adopted_by }, after: { title: after.title, adopted: after.adopted, adoptedBy: after.adopted_by } });
    return after;
  });
}

export async function deleteSubmission(ctx: Ctx, id: number) {
  const before = await submissionInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await tx.db.deleteFrom('submission').where('id', '=', id).execute();
    await recordAudit(tx, { action: 'submission.delete', objectType: 'submission', objectId: id, unitId: before.unit_id, before: { title: before.title, submittedOn: before.submitted_on } });
  });
}

export async function listSubmissions(ctx: Ctx, q: { unitId?: number; year: number; month?: number }) {
  const prefix = q.unitId !== undefined ? (await unitInScope(ctx, q.unitId)).path : scopePrefix(ctx);
  const from = `${q.year}-${String(q.month ?? 1).padStart(2, '0')}-01`;
  const to = q.month ? `${q.year}-${String(q.month).padStart(2, '0')}-31` : `${q.year}-12-31`;
  return ctx.db
    .selectFrom('submission')
    .innerJoin('unit', 'unit.id', 'submission.unit_id')
    .selectAll('submission')
    .select('unit.name as unit_name')
    .where('unit.path', 'like', `${prefix}%`)
    .where('submission.submitted_on', '>=', from)
    .where('submission.submitted_on', '<=', to)
    .orderBy('submission.submitted_on', 'desc')
    .orderBy('submission.id', 'desc')
    .execute();
}

export async function monthlyTarget(db: Executor, unitId: number): Promise<number> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', TARGET_KEY(unitId)).executeTakeFirst();
  return row ? Number(row.value) : DEFAULT_MONTHLY_TARGET;
}

export async function setMonthlyTarget(ctx: Ctx, unitId: number, target: number) {
  await unitInScope(ctx, unitId);
  await transact(ctx, async (tx) => {
    const value = String(target);
    const updated_at = new Date().toISOString();
    await tx.db.insertInto('setting').values({ key: TARGET_KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    await recordAudit(tx, { action: 'submission.target', objectType: 'unit', objectId: unitId, unitId, after: { monthlyTarget: target } });
  });
}


/** Counts per unit and month against the monthly target, rolled up the tree. */
export function tally(
  units: { id: number; name: string; parent_id: number | null; path: string; created_at: string }[],
  submissions: { unit_id: number; submitted_on: string; adopted: number }[],
  targets: Map<number, number>,
  year: number,
  throughMonth: number,
): TallyRow[] {
  const fromMonth = (createdAt: string) => {
    const [y, m] = beijingYearMonth(createdAt);
    return y < year ? 1 : y > year ? 13 : m;
  };
  const rows = new Map<number, TallyRow>(
    // The top unit receives the submissions rather than sending them, so it has no target of its own.
    units.map((u) => [u.id, { unitId: u.id, unitName: u.name, parentId: u.parent_id, target: u.parent_id === null ? 0 : (targets.get(u.id) ?? DEFAULT_MONTHLY_TARGET), months: Array(12).fill(0), adopted: 0, fromMonth: fromMonth(u.created_at), monthsMet: 0, monthsDue: 0, subtreeMonths: Array(12).fill(0) }]),
  );
  for (const s of submissions) {
    const row = rows.get(s.unit_id);
    if (!row) continue;
    row.months[Number(s.submitted_on.slice(5, 7)) - 1]++;
    row.adopted += s.adopted;
  }
  for (const row of rows.values()) {
    const due = row.target === 0 ? [] : row.months.slice(row.fromMonth - 1, throughMonth);
    row.monthsDue = due.length;
    row.monthsMet = due.filter((n) => n >= row.target).length;
  }
  for (const u of units) {
    const own = rows.get(u.id)!.months;
    for (const ancestor of u.path.split('/').filter(Boolean).map(Number)) {
      const a = rows.get(ancestor);
      if (a) own.forEach((n, i) => (a.subtreeMonths[i] += n));
    }
  }
  return [...rows.values()];
}

export async function submissionTally(ctx: Ctx, year: number, now = new Date()) {
  const prefix = scopePrefix(ctx);
  const units = await ctx.db.selectFrom('unit').select(['id', 'name', 'parent_id', 'path', 'created_at']).where('path', 'like', `${prefix}%`).orderBy('path').execute();
  const subs = await ctx.db
    .selectFrom('submission')
    .innerJoin('unit', 'unit.id', 'submission.unit_id')
    .select(['submission.unit_id', 'submission.submitted_on', 'submission.adopted'])
    .where('unit.path', 'like', `${prefix}%`)
    .where('submission.submitted_on', '>=', `${year}-01-01`)
    .where('submission.submitted_on', '<=', `${year}-12-31`)
    .execute();
  const targets = new Map<number, number>();
  const rows = await ctx.db.selectFrom('setting').select(['key', 'value']).where('key', 'like', 'submissions.monthly-target.%').execute();
  for (const r of rows) targets.set(Number(r.key.split('.').pop()), Number(r.value));
  const [nowYear, nowMonth] = beijingYearMonth(now.toISOString());
  const throughMonth = year < nowYear ? 12 : year > nowYear ? 0 : nowMonth;
  // The current month can still be made up: only months already over count as missed.
  const closedMonths = year < nowYear ? 12 : year > nowYear ? 0 : nowMonth - 1;
  return { year, throughMonth, closedMonths, units: tally(units, subs, targets, year, throughMonth) };
}
