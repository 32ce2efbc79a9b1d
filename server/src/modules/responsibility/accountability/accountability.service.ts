import type { Role } from '@yuqing/common';
import { transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { personInScope, scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { bearsOf, DEFAULT_CLAUSES, type Outcome, type Part } from './accountability-rules.js';

/** Roles that see cases of their own unit; anyone else granted the permission sees only units below their own (the superior). */
const OWN_UNIT_READERS: readonly Role[] = ['first_responsible', 'inspector'];

/** Whether the actor may see a case of a unit at this path: the first responsible and inspectors in scope, others only as its superior. */
function visible(ctx: Ctx, unitPath: string): boolean {
  const actor = ctx.actor;
  if (!actor) return true;
  if (!unitPath.startsWith(actor.unitPath)) return false;
  return actor.roles.some((r) => OWN_UNIT_READERS.includes(r)) || unitPath !== actor.unitPath;
}

const CLAUSES_KEY = (unitId: number) => `accountability.clauses.${unitId}`;

/** The unit's clause list, or the nearest ancestor's, or the seeds' defaults. */
export async function clausesFor(ctx: Ctx, unitId: number) {
  const unit = await unitInScope(ctx, unitId);
  const ids = unit.path.split('/').filter(Boolean).reverse();
  const rows = await ctx.db.selectFrom('setting').select(['key', 'value']).where('key', 'in', ids.map((id) => CLAUSES_KEY(Number(id)))).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.key === CLAUSES_KEY(Number(id)));
    if (row) return JSON.parse(row.value) as typeof DEFAULT_CLAUSES;
  }
  return DEFAULT_CLAUSES;
}

export async function setClauses(ctx: Ctx, unitId: number, clauses: typeof DEFAULT_CLAUSES) {
  await unitInScope(ctx, unitId);
  await transact(ctx, async (tx) => {
    const value = JSON.stringify(clauses);
    const updated_at = new Date().toISOString();
    await tx.db.insertInto('setting').values({ key: CLAUSES_KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    await recordAudit(tx, { action: 'accountability.clauses', objectType: 'unit', objectId: unitId, unitId, after: clauses });
  });
}

export interface CaseInput {
  unitId: number;
  title: string;
  facts: string;
  clauses: string[];
  responsibility: 'collective' | 'individual';
  outcome: Outcome;
  decisionDocument?: string | null;
  decidedOn: string;
  people: { personId: number; part: Part; dissent: boolean }[];
}

/** Records a case; who bears what follows from each person's part and recorded dissent, never typed in. */
export async function recordCase(ctx: Ctx, input: CaseInput) {
  const unit = await unitInScope(ctx, input.unitId);
  if (!visible(ctx, unit.path)) throw outOfScope('accountability');
  const known = (await clausesFor(ctx, input.unitId)).map((c) => c.key);
  const unknown = input.clauses.find((c) => !known.includes(c));
  if (unknown) throw badRequest('unknown_clause', { key: unknown }, 'clauses');
  for (const [i, p] of input.people.entries()) if ((await personInScope(ctx, p.personId)).unit_id !== input.unitId) throw badRequest('person_other_unit', {}, `people.${i}.personId`);
  return transact(ctx, async (tx) => {
    const { id } = await tx.db
      .insertInto('accountability_case')
      .values({ unit_id: input.unitId, title: input.title.trim(), facts: input.facts, clauses: JSON.stringify(input.clauses), responsibility: input.responsibility, outcome: input.outcome, decision_document: input.decisionDocument ?? null, decided_on: input.decidedOn, created_by: ctx.actor?.userId ?? null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = input.people.map((p) => ({ case_id: id, person_id: p.personId, part: p.part, dissent: p.dissent ? 1 : 0, bears: bearsOf(input.responsibility, p.part, p.dissent) }));
    if (people.length) await tx.db.insertInto('accountability_person').values(people).execute();
    await recordAudit(tx, { action: 'accountability.create', objectType: 'accountability_case', objectId: id, unitId: input.unitId, after: { title: input.title, clauses: input.clauses, outcome: input.outcome, people: people.map((p) => ({ person: p.person_id, bears: p.bears })) } });
    return id;
  });
}

const caseQuery = (ctx: Ctx) => ctx.db.selectFrom('accountability_case').innerJoin('unit', 'unit.id', 'accountability_case.unit_id').selectAll('accountability_case').select(['unit.name as unit_name', 'unit.path as unit_path']);

export async function listCases(ctx: Ctx) {
  const rows = await caseQuery(ctx).where('unit.path', 'like', `${scopePrefix(ctx)}%`).orderBy('accountability_case.decided_on', 'desc').execute();
  return rows.filter((r) => visible(ctx, r.unit_path));
}

export async function getCase(ctx: Ctx, id: number) {
  const c = await caseQuery(ctx).where('accountability_case.id', '=', id).executeTakeFirst();
  if (!c || !visible(ctx, c.unit_path)) throw outOfScope('accountability');
  const people = await ctx.db
    .selectFrom('accountability_person')
    .innerJoin('person', 'person.id', 'accountability_person.person_id')
    .select(['person.id as person_id', 'person.name', 'person.title', 'accountability_person.part', 'accountability_person.dissent', 'accountability_person.bears'])
    .where('accountability_person.case_id', '=', id)
    .execute();
  return { ...c, people };
}
