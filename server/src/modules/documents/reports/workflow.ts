import type { ReportStatus } from '@yuqing/common';

/**
 * A report's life: drafted from the data, edited by the office, approved by the leader for the
 * exact text (its content hash), submitted to the superior, who may return it with comments.
 * Editing an approved report voids the approval: it held for the text the leader read.
 */
export type { ReportStatus };
export type ReportAction = 'edit' | 'approve' | 'submit' | 'return';

const TRANSITIONS: Record<ReportAction, Partial<Record<ReportStatus, ReportStatus>>> = {
  edit: { draft: 'edited', edited: 'edited', approved: 'edited', returned: 'edited' },
  approve: { draft: 'approved', edited: 'approved', returned: 'approved' },
  submit: { approved: 'submitted' },
  return: { submitted: 'returned' },
};

/** The status after the action, or null when the action is not open in this status. */
export function nextStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/** Whether the action throws the leader's approval away. */
export const voidsApproval = (status: ReportStatus, action: ReportAction) => status === 'approved' && action === 'edit';
