import { APPROVAL_STEPS, type ApprovalStep, type Permission, type PublicationStatus } from '@yuqing/common';

/** Who decides each step of the approval chain: 审核 by the leader in charge, 审批 by the first responsible person. */
export const STEP_PERMISSION: Record<ApprovalStep, Permission> = { review: 'publication.review', approve: 'publication.approve' };

export interface Decision {
  step: string;
  decision: 'approved' | 'rejected';
  content_hash: string;
  voided_at: string | null;
}

/** The first step of the chain that has no standing approval of this very text; null when all are done. */
export function currentStep(chain: readonly ApprovalStep[], decisions: Decision[], contentHash: string): ApprovalStep | null {
  for (const step of chain) {
    const ok = decisions.some((d) => d.step === step && d.decision === 'approved' && !d.voided_at && d.content_hash === contentHash);
    if (!ok) return step;
  }
  return null;
}

export interface FindingState {
  severity: string;
  justification: string | null;
}

/** A draft goes to review only when each finding the checks raised is fixed (gone) or justified. */
export function unresolved(findings: FindingState[]): number {
  return findings.filter((f) => f.severity !== 'info' && !f.justification?.trim()).length;
}

/** Which statuses allow which action; anything else is a 409 naming the current status. */
export const ALLOWED: Record<'edit' | 'submit' | 'decide' | 'publish', readonly PublicationStatus[]> = {
  edit: ['draft', 'in_review', 'approved', 'rejected'],
  submit: ['draft', 'rejected'],
  decide: ['in_review'],
  publish: ['approved'],
};

export const DEFAULT_CHAIN: readonly ApprovalStep[] = APPROVAL_STEPS;
