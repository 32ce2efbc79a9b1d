import { inScope, transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { personInScope, scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { addDays, beijingDate } from '../periods.js';
import { REVIEW_INTERVAL_DAYS, reviewOverdue, riskLevel, type RiskArea, type RiskStatus } from './risk-rules.js';

export interface RiskInput {
  unitId: number;
  description: string;
  area: RiskArea;
  likelihood: number;
  impact: number;
  measures?: string | null;
  ownerPersonId?: number | null;
  nextReviewOn?: string | null;
}

const riskQuery = (ctx: Ctx) =>
  ctx.db
    .selectFrom('risk')
    .innerJoin('unit', 'unit.id', 'risk.unit_id')
    .leftJoin('person', 'person.id', 'risk.owner_person_id')
    .selectAll('risk')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'person.name as owner_name']);
type RiskRow = NonNullable<Awaited<ReturnType<ReturnType<typeof riskQuery>['executeTakeFirst']>>>;

const view = (r: RiskRow, today: string) => ({ ...r, level: riskLevel(r.likelihood, r.impact), reviewOverdue: reviewOverdue(r, today) });

export async function riskInScope(ctx: Ctx, id: number) {
  const r = await riskQuery(ctx).where('risk.id', '=', id).executeTakeFirst();
  if (!r || !inScope(ctx.actor, r.unit_path)) throw outOfScope('risk');
  return r;
}

async function checkOwner(ctx: Ctx, unitId: number, ownerPersonId: number | null | undefined) {
  if (ownerPersonId != null && (await personInScope(ctx, ownerPersonId)).unit_id !== unitId) throw badRequest('person_other_unit', {}, 'ownerPersonId');
}

export async function listRisks(ctx: Ctx, q: { unitId?: number; subtree?: boolean; status?: RiskStatus }, now = new Date()) {
  const unit = q.unitId !== undefined ? await unitInScope(ctx, q.unitId) : null;
  let query = riskQuery(ctx).where('unit.path', 'like', `${unit?.path ?? scopePrefix(ctx)}%`);
  if (unit && !q.subtree) query = query.where('risk.unit_id', '=', unit.id);
  if (q.status) query = query.where('risk.status', '=', q.status);
  const today = beijingDate(now);
  return (await query.orderBy('risk.id', 'desc').execute()).map((r) => view(r, today));
}

/** A new risk point; without a review date it is due again after its level's interval. */
export async function createRisk(ctx: Ctx, input: RiskInput, opts: { isDemo?: boolean; now?: Date } = {}) {
  await unitInScope(ctx, input.unitId);
  await checkOwner(ctx, input.unitId, input.ownerPersonId);
  const today = beijingDate(opts.now ?? new Date());
  return transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    const { id } = await tx.db
      .insertInto('risk')
      .values({
        unit_id: input.unitId,
        description: input.description.trim(),
        area: input.area,
        likelihood: input.likelihood,
        impact: input.impact,
        measures: input.measures ?? null,
        owner_person_id: input.ownerPersonId ?? null,
        next_review_on: input.nextReviewOn ?? addDays(today, REVIEW_INTERVAL_DAYS[riskLevel(input.likelihood, input.impact)]),
        status: 'open',
        is_demo: opts.isDemo ? 1 : 0,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'risk.create', objectType: 'risk', objectId: id, unitId: input.unitId, after: { description: input.description, area: input.area, likelihood: input.likelihood, impact: input.impact } });
    return id;
  });
}

/** A review re-rates the risk and sets its status; the history keeps every rating. */
export async function reviewRisk(ctx: Ctx, id: number, input: { likelihood: number; impact: number; status: RiskStatus; note?: string | null; measures?: string | null }, now = new Date()) {
  const before = await riskInScope(ctx, id);
  const today = beijingDate(now);
  await transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    await tx.db.insertInto('risk_review').values({ risk_id: id, reviewed_on: today, likelihood: input.likelihood, impact: input.impact, status: input.status, note: input.note ?? null, reviewer_id: ctx.actor?.userId ?? null, created_at: stamp }).execute();
    const next = input.status === 'closed' ? null : addDays(today, REVIEW_INTERVAL_DAYS[riskLevel(input.likelihood, input.impact)]);
    await tx.db
      .updateTable('risk')
      .set({ likelihood: input.likelihood, impact: input.impact, status: input.status, measures: input.measures ?? before.measures, next_review_on: next, updated_at: stamp })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'risk.review',
      objectType: 'risk',
      objectId: id,
      unitId: before.unit_id,
      before: { likelihood: before.likelihood, impact: before.impact, status: before.status },
      after: { likelihood: input.likelihood, impact: input.impact, status: input.status, note: input.note ?? null },
    });
  });
}

export async function getRisk(ctx: Ctx, id: number, now = new Date()) {
  const r = await riskInScope(ctx, id);
  const reviews = await ctx.db
    .selectFrom('risk_review')
    .leftJoin('app_user', 'app_user.id', 'risk_review.reviewer_id')
    .select(['risk_review.id', 'risk_review.reviewed_on', 'risk_review.likelihood', 'risk_review.impact', 'risk_review.status', 'risk_review.note', 'app_user.display_name as reviewer_name'])
    .where('risk_review.risk_id', '=', id)
    .orderBy('risk_review.id', 'desc')
    .execute();
  return { ...view(r, beijingDate(now)), reviews: reviews.map((v) => ({ ...v, level: riskLevel(v.likelihood, v.impact) })) };
}
