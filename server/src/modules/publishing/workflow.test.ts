import { describe, expect, it } from 'vitest';
import { currentStep, DEFAULT_CHAIN, unresolved, type Decision } from './workflow.js';

const d = (step: string, decision: 'approved' | 'rejected', hash = 'h1', voided_at: string | null = null): Decision => ({ step, decision, content_hash: hash, voided_at });

describe('currentStep', () => {
  it.each<[string, Decision[], string | null]>([
    ['nothing decided yet', [], 'review'],
    ['reviewed', [d('review', 'approved')], 'approve'],
    ['reviewed and approved', [d('review', 'approved'), d('approve', 'approved')], null],
    ['a rejection is not an approval', [d('review', 'rejected')], 'review'],
    ['an approval of older text does not count', [d('review', 'approved', 'h0')], 'review'],
    ['a voided approval does not count', [d('review', 'approved', 'h1', '2026-11-29T00:00:00Z')], 'review'],
    ['approval before review still waits for review', [d('approve', 'approved')], 'review'],
  ])('%s → %s', (_n, decisions, step) => expect(currentStep(DEFAULT_CHAIN, decisions, 'h1')).toBe(step));
});

describe('unresolved', () => {
  it.each([
    [[], 0],
    [[{ severity: 'block', justification: null }], 1],
    [[{ severity: 'warn', justification: '  ' }], 1],
    [[{ severity: 'warn', justification: '已核实为公开信息' }], 0],
    [[{ severity: 'info', justification: null }], 0],
  ])('%j → %i', (findings, n) => expect(unresolved(findings)).toBe(n));
});
