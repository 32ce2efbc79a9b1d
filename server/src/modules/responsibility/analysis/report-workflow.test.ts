import { describe, expect, it } from 'vitest';
import { previousQuarter } from './report.job.js';
import { nextStatus } from './report-workflow.js';

describe('analysis report workflow', () => {
  it.each([
    ['draft', 'edit', 'draft'],
    ['draft', 'approve', 'approved'],
    ['draft', 'submit', null],
    ['approved', 'edit', null],
    ['approved', 'submit', 'submitted'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'edit', null],
    ['returned', 'edit', 'returned'],
    ['returned', 'approve', 'approved'],
    ['returned', 'return', null],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });
});

describe('the quarter a draft is due for', () => {
  it.each([
    ['2026-04-02', '2026-Q1'],
    ['2026-06-30', '2026-Q1'],
    ['2026-07-01', '2026-Q2'],
    ['2026-12-31', '2026-Q3'],
    ['2027-01-05', '2026-Q4'],
  ])('on %s: %s', (today, period) => {
    expect(previousQuarter(today)).toBe(period);
  });
});
