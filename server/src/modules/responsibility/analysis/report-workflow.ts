export type ReportStatus = 'draft' | 'approved' | 'submitted' | 'returned';
export type ReportAction = 'edit' | 'approve' | 'submit' | 'return';

/**
 * 分析研判 reports: the office drafts, the leader approves, the office submits to the superior,
 * who may return it with comments; a returned report is edited and approved again.
 */
const MOVES: Record<ReportAction, { from: ReportStatus[]; to: ReportStatus | null }> = {
  edit: { from: ['draft', 'returned'], to: null },
  approve: { from: ['draft', 'returned'], to: 'approved' },
  submit: { from: ['approved'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The status after an action, or null when the action is not open in this status. Editing keeps the status. */
export function nextStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  const move = MOVES[action];
  if (!move.from.includes(status)) return null;
  return move.to ?? status;
}

/** The headings an analysis report starts with (篇十 三（一）: 定期分析研判…并形成书面报告). */
export const REPORT_HEADINGS = ['总体态势', '本季度工作开展情况', '风险点和苗头性倾向性问题', '下一步工作措施'];
