import { describe, expect, it } from 'vitest';
import { nextStatus, voidsApproval, type ReportAction, type ReportStatus } from './workflow.js';

describe('report workflow', () => {
  it.each<[ReportStatus, ReportAction, ReportStatus | null]>([
    ['draft', 'edit', 'edited'],
    ['draft', 'approve', 'approved'],
    ['draft', 'submit', null],
    ['edited', 'approve', 'approved'],
    ['approved', 'edit', 'edited'],
    ['approved', 'approve', null],
    ['approved', 'submit', 'submitted'],
    ['submitted', 'edit', null],
    ['submitted', 'approve', null],
    ['submitted', 'return', 'returned'],
    ['returned', 'submit', null],
    ['returned', 'edit', 'edited'],
    ['edited', 'return', null],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('only an edit after approval voids it', () => {
    expect(voidsApproval('approved', 'edit')).toBe(true);
    expect(voidsApproval('edited', 'edit')).toBe(false);
    expect(voidsApproval('approved', 'submit')).toBe(false);
  });
});
