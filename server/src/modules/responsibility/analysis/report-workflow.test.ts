import { describe, expect, it } from 'vitest';
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
