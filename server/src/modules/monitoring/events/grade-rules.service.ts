import { transact, type Ctx } from '../../../core/context.js';
import type { Executor } from '../../../db/database.js';
import { unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { DEFAULT_GRADE_RULES, type GradeRule } from './grading.js';

const RULES_KEY = (unitId: number) => `monitoring.grade-rules.${unitId}`;

/** The unit's own grading rules, or the nearest ancestor's, or the defaults: a district can set them for its subtree. */
export async function gradeRulesFor(db: Executor, unitPath: string): Promise<{ rules: GradeRule[]; fromUnitId: number | null }> {
  const ids = unitPath.split('/').filter(Boolean).map(Number).reverse();
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', ids.map(RULES_KEY)).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.key === RULES_KEY(id));
    if (row) return { rules: JSON.parse(row.value) as GradeRule[], fromUnitId: id };
  }
  return { rules: DEFAULT_GRADE_RULES, fromUnitId: null };
}

/** Sets the unit's rules; `null` goes back to inheriting. Events regrade at their next update. */
export async function setGradeRules(ctx: Ctx, unitId: number, rules: GradeRule[] | null): Promise<void> {
  const unit = await unitInScope(ctx, unitId);
  const before = await gradeRulesFor(ctx.db, unit.path);
  await transact(ctx, async (tx) => {
    if (rules === null) await tx.db.deleteFrom('setting').where('key', '=', RULES_KEY(unitId)).execute();
    else {
      const value = JSON.stringify(rules);
      const updated_at = new Date().toISOString();
      await tx.db.insertInto('setting').values({ key: RULES_KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    }
    await recordAudit(tx, { action: 'event.grade_rules', objectType: 'unit', objectId: unitId, unitId, before: before.rules, after: rules });
  });
}
