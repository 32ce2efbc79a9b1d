import { APPROVAL_STEPS, type ApprovalStep } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import type { Executor } from '../../db/database.js';
import { unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { DEFAULT_CHAIN } from './workflow.js';

const KEY = (unitId: number) => `publishing.approval-chain.${unitId}`;

/** The unit's chain, or the nearest ancestor's, or 审核 then 审批: a district can set it for its subtree. */
export async function approvalChainFor(db: Executor, unitPath: string): Promise<readonly ApprovalStep[]> {
  const ids = unitPath.split('/').filter(Boolean).map(Number).reverse();
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', ids.map(KEY)).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.key === KEY(id));
    if (row) return JSON.parse(row.value) as ApprovalStep[];
  }
  return DEFAULT_CHAIN;
}

/** Steps keep their fixed order (审核 before 审批); a unit may drop one but not reorder them. */
export async function setApprovalChain(ctx: Ctx, unitId: number, steps: ApprovalStep[]): Promise<readonly ApprovalStep[]> {
  const unit = await unitInScope(ctx, unitId);
  const chain = APPROVAL_STEPS.filter((s) => steps.includes(s));
  const before = await approvalChainFor(ctx.db, unit.path);
  await transact(ctx, async (tx) => {
    const value = JSON.stringify(chain);
    const updated_at = new Date().toISOString();
    await tx.db.insertInto('setting').values({ key: KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    await recordAudit(tx, { action: 'publication.approval_chain', objectType: 'unit', objectId: unitId, unitId, before, after: chain });
  });
  return chain;
}
