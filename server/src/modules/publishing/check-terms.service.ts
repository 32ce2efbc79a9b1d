import { transact, type Ctx } from '../../core/context.js';
import type { Executor } from '../../db/database.js';
import { unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { DEFAULT_FORMULATIONS, type CheckRules, type Formulation, type WordEntry } from './checks/index.js';

export interface UnitTerms {
  formulations: { wrong: string; right: string; note?: string | null }[];
  words: string[];
}

async function termsOf(db: Executor, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db.selectFrom('check_term').selectAll().where('unit_id', 'in', unitIds).orderBy('id').execute();
}

/**
 * The rules a draft of this unit is checked against: the built-in lists plus the terms of the unit
 * and of every unit above it, so a district's list reaches its street offices.
 */
export async function checkRulesFor(db: Executor, unitPath: string, locale: Ctx['locale'] = 'zh-CN'): Promise<CheckRules> {
  const rows = await termsOf(db, unitPath.split('/').filter(Boolean).map(Number));
  const formulations: Formulation[] = [...DEFAULT_FORMULATIONS, ...rows.filter((r) => r.list === 'formulation').map((r) => ({ wrong: r.wrong, right: r.right ?? '', note: r.note }))];
  const words: WordEntry[] = rows.filter((r) => r.list === 'word').map((r) => ({ word: r.wrong, note: r.note }));
  return { formulations, words, locale };
}

export async function listTerms(ctx: Ctx, unitId: number): Promise<UnitTerms> {
  await unitInScope(ctx, unitId);
  const rows = await termsOf(ctx.db, [unitId]);
  return {
    formulations: rows.filter((r) => r.list === 'formulation').map((r) => ({ wrong: r.wrong, right: r.right ?? '', note: r.note })),
    words: rows.filter((r) => r.list === 'word').map((r) => r.wrong),
  };
}

export async function replaceTerms(ctx: Ctx, unitId: number, terms: UnitTerms): Promise<void> {
  await unitInScope(ctx, unitId);
  const before = await listTerms(ctx, unitId);
  await transact(ctx, async (tx) => {
    await tx.db.deleteFrom('check_term').where('unit_id', '=', unitId).execute();
    const rows = [
      ...new Map(terms.formulations.map((f) => [f.wrong, { unit_id: unitId, list: 'formulation' as const, wrong: f.wrong, right: f.right, note: f.note ?? null }])).values(),
      ...[...new Set(terms.words)].map((w) => ({ unit_id: unitId, list: 'word' as const, wrong: w, right: null, note: null })),
    ];
    for (let i = 0; i < rows.length; i += 200) await tx.db.insertInto('check_term').values(rows.slice(i, i + 200)).execute();
    await recordAudit(tx, { action: 'check_terms.replace', objectType: 'unit', objectId: unitId, unitId, before, after: terms });
  });
}
