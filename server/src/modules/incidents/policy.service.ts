import type { DeadlinePreset } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { resolveLimits, type Tightening } from './deadlines.js';
import { DEFAULT_CLOSE_RULE, type CloseRule } from './follow-up.js';
import { DEFAULT_RECIPIENTS, type RecipientMatrix } from './recipients.js';

/** A unit's incident settings; a district sets them for its subtree, a unit below may set its own. */
export interface IncidentPolicy {
  preset: DeadlinePreset;
  tighten: Tightening;
  recipients: RecipientMatrix;
  /** Minutes between the rungs of the escalation ladder once a step is late. */
  escalateEveryMinutes: number;
  closeRule: CloseRule;
  /** Topic id → the departments suggested as responsible for its incidents. */
  topicDepartments: Record<string, number[]>;
}

export const DEFAULT_POLICY: IncidentPolicy = {
  preset: 'seed_12h',
  tighten: {},
  recipients: DEFAULT_RECIPIENTS,
  escalateEveryMinutes: 60,
  closeRule: DEFAULT_CLOSE_RULE,
  topicDepartments: {},
};

const KEY = (unitId: number) => `incidents.policy.${unitId}`;

export async function policyFor(db: Executor, unitPath: string): Promise<IncidentPolicy> {
  const ids = unitPath.split('/').filter(Boolean).map(Number).reverse();
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', ids.map(KEY)).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.key === KEY(id));
    if (row) return { ...DEFAULT_POLICY, ...(JSON.parse(row.value) as Partial<IncidentPolicy>) };
  }
  return DEFAULT_POLICY;
}

/** Rejects a preset whose tightening lengthens a limit or puts a later step before an earlier one, naming both. */
export async function setPolicy(ctx: Ctx, unitId: number, policy: IncidentPolicy): Promise<IncidentPolicy> {
  const unit = await unitInScope(ctx, unitId);
  const { problems } = resolveLimits(policy.preset, policy.tighten);
  if (problems.length) {
    throw new AppError(400, 'deadline_preset_invalid', { reason: problems[0].reason[ctx.locale] }, 'tighten', problems.map((p) => ({ grade: p.grade, kind: p.kind, reason: p.reason[ctx.locale] })));
  }
  const before = await policyFor(ctx.db, unit.path);
  await transact(ctx, async (tx) => {
    const value = JSON.stringify(policy);
    const updated_at = new Date().toISOString();
    await tx.db.insertInto('setting').values({ key: KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    await recordAudit(tx, { action: 'incident.policy', objectType: 'unit', objectId: unitId, unitId, before, after: policy });
  });
  return policy;
}
