import type { StatementStep } from '@yuqing/common';
import type { Executor } from '../../db/database.js';
import { ancestorsOf } from './ancestors.js';
import * as repo from './incident.repository.js';
import { currentStatementStep, isRejected, statementChain } from './statement-chain.js';

type IncidentRef = { id: number; grade: number; unit_id: number; unit_path: string; handling_unit_id: number; leader_id: number | null };

/** Where the latest statement version stands in the grade's chain. */
export async function statementStatus(db: Executor, row: IncidentRef) {
  const [statements, approvals] = await Promise.all([repo.statementsOf(db, row.id), repo.approvalsOf(db, row.id)]);
  const chain = statementChain(row.grade);
  const latest = statements.at(-1) ?? null;
  const step = latest ? currentStatementStep(chain, approvals, latest.content_hash) : null;
  const rejected = latest ? isRejected(approvals, latest.content_hash) : false;
  return { chain, statements, approvals, latest, step: rejected ? null : step, rejected, approved: latest !== null && step === null && !rejected };
}

const STEP_ROLES: Record<StatementStep, string[]> = {
  leader_in_charge: ['direct_responsible'],
  first_responsible: ['first_responsible'],
  superior_propaganda: ['group_office', 'direct_responsible', 'first_responsible'],
};

/**
 * Who may take a step: the leader in charge and the first responsible person of the handling unit (the
 * incident's own disposing leader counts as leader in charge), and for the superior's step the accounts
 * of the nearest propaganda department above the unit.
 */
export async function approversFor(db: Executor, row: IncidentRef, step: StatementStep): Promise<{ id: number; display_name: string }[]> {
  if (step === 'superior_propaganda') {
    const above = await ancestorsOf(db, row.unit_path);
    const unit = above.find((u) => u.kind === 'propaganda_department') ?? above[0];
    return unit ? repo.accountsWithRoles(db, unit.id, STEP_ROLES[step]) : [];
  }
  const byRole = await repo.accountsWithRoles(db, row.handling_unit_id, STEP_ROLES[step]);
  if (step === 'leader_in_charge' && row.leader_id !== null && !byRole.some((a) => a.id === row.leader_id)) {
    const leader = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', row.leader_id).executeTakeFirst();
    if (leader) byRole.push(leader);
  }
  return byRole;
}
