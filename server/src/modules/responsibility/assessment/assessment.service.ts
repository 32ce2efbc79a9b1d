import { inScope, transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { responsibilityDashboard } from '../dashboard.service.js';
import { DEFAULT_INDICATORS, rank, scoreUnit, validateIndicators, type Indicator } from './scoring.js';

async function schemeInScope(ctx: Ctx, id: number) {
  const s = await ctx.db.selectFrom('assessment_scheme').innerJoin('unit', 'unit.id', 'assessment_scheme.unit_id').selectAll('assessment_scheme').select(['unit.name as unit_name', 'unit.path as unit_path']).where('assessment_scheme.id', '=', id).executeTakeFirst();
  if (!s || !inScope(ctx.actor, s.unit_path)) throw outOfScope('assessment');
  return { ...s, indicators: JSON.parse(s.indicators) as Indicator[] };
}

/** A superior's scheme for assessing the units directly below it in a year (考核细则). */
export async function createScheme(ctx: Ctx, input: { unitId: number; year: number; title: string; indicators?: Indicator[] }) {
  await unitInScope(ctx, input.unitId);
  const indicators = input.indicators ?? DEFAULT_INDICATORS;
  const problem = validateIndicators(indicators);
  if (problem) throw badRequest('invalid_indicators', { problem }, 'indicators');
  return transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    const { id } = await tx.db.insertInto('assessment_scheme').values({ unit_id: input.unitId, year: input.year, title: input.title.trim(), indicators: JSON.stringify(indicators), created_at: stamp, updated_at: stamp }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'assessment.scheme', objectType: 'assessment_scheme', objectId: id, unitId: input.unitId, after: { year: input.year, title: input.title, indicators } });
    return id;
  });
}

export async function listSchemes(ctx: Ctx, unitId?: number) {
  const prefix = unitId !== undefined ? (await unitInScope(ctx, unitId)).path : (ctx.actor?.unitPath ?? '/');
  return ctx.db
    .selectFrom('assessment_scheme')
    .innerJoin('unit', 'unit.id', 'assessment_scheme.unit_id')
    .selectAll('assessment_scheme')
    .select('unit.name as unit_name')
    .where('unit.path', 'like', `${prefix}%`)
    .orderBy('assessment_scheme.year', 'desc')
    .orderBy('assessment_scheme.id', 'desc')
    .execute();
}

/**
 * Scores of the units directly below the scheme's unit, each over its subtree's evidence, ranked.
 * Evidence-read indicators fill themselves; hand-scored ones show their score and comment.
 */
export async function schemeScores(ctx: Ctx, id: number, now = new Date()) {
  const scheme = await schemeInScope(ctx, id);
  const dash = await responsibilityDashboard(ctx, { unitId: scheme.unit_id, year: scheme.year }, now);
  const manual = await ctx.db.selectFrom('assessment_score').selectAll().where('scheme_id', '=', id).execute();
  const rows = dash.children.map((c) => {
    const mine = new Map(manual.filter((m) => m.unit_id === c.unitId).map((m) => [m.indicator_key, { score: Number(m.score), comment: m.comment }]));
    return { unitId: c.unitId, unitName: c.name, ...scoreUnit(scheme.indicators, c.figures, mine) };
  });
  return { scheme: { id: scheme.id, unitId: scheme.unit_id, unitName: scheme.unit_name, year: scheme.year, title: scheme.title, indicators: scheme.indicators }, ranking: rank(rows) };
}

/** A hand score: only for a manual indicator, only for a unit the scheme assesses, always with a comment. */
export async function setManualScore(ctx: Ctx, id: number, input: { unitId: number; indicatorKey: string; score: number; comment: string }) {
  const scheme = await schemeInScope(ctx, id);
  const ind = scheme.indicators.find((i) => i.key === input.indicatorKey);
  if (!ind) throw badRequest('unknown_indicator', { key: input.indicatorKey }, 'indicatorKey');
  if (ind.rule.kind !== 'manual') throw badRequest('indicator_not_manual', { name: ind.name }, 'indicatorKey');
  if (input.score < 0 || input.score > ind.weight) throw badRequest('score_out_of_range', { max: ind.weight }, 'score');
  const unit = await unitInScope(ctx, input.unitId);
  if (unit.parent_id !== scheme.unit_id) throw badRequest('not_assessed_unit', {}, 'unitId');
  await transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    const before = await tx.db.selectFrom('assessment_score').select(['score', 'comment']).where('scheme_id', '=', id).where('indicator_key', '=', ind.key).where('unit_id', '=', unit.id).executeTakeFirst();
    await tx.db
      .insertInto('assessment_score')
      .values({ scheme_id: id, indicator_key: ind.key, unit_id: unit.id, score: input.score, comment: input.comment, scored_by: ctx.actor?.userId ?? null, scored_at: stamp })
      .onConflict((oc) => oc.columns(['scheme_id', 'indicator_key', 'unit_id']).doUpdateSet({ score: input.score, comment: input.comment, scored_by: ctx.actor?.userId ?? null, scored_at: stamp }))
      .execute();
    await recordAudit(tx, { action: 'assessment.score', objectType: 'assessment_scheme', objectId: id, unitId: unit.id, before: before ?? null, after: { indicator: ind.key, score: input.score, comment: input.comment } });
  });
}
