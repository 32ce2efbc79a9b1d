import type { StatementStep } from '@yuqing/common';

/** Who approves a statement, by grade: IV the leader in charge; III the first responsible person; I–II also the superior's propaganda department. */
export function statementChain(grade: number): StatementStep[] {
  if (grade >= 4) return ['leader_in_charge'];
  if (grade === 3) return ['first_responsible'];
  return ['first_responsible', 'superior_propaganda'];
}

export interface StatementDecision {
  step: string;
  decision: string;
  content_hash: string;
  voided_at: string | null;
}

const standing = (d: StatementDecision, hash: string) => !d.voided_at && d.content_hash === hash;

/** The first step without a standing approval of this very text; null when the chain is complete. A standing rejection stops the chain. */
export function currentStatementStep(chain: readonly StatementStep[], decisions: readonly StatementDecision[], hash: string): StatementStep | null {
  for (const step of chain) {
    if (!decisions.some((d) => d.step === step && d.decision === 'approved' && standing(d, hash))) return step;
  }
  return null;
}

export const isRejected = (decisions: readonly StatementDecision[], hash: string) => decisions.some((d) => d.decision === 'rejected' && standing(d, hash));
