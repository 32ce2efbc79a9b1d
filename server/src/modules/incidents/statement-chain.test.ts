import { describe, expect, it } from 'vitest';
import { currentStatementStep, isRejected, statementChain } from './statement-chain.js';

const ok = (step: string, hash = 'h1', voided: string | null = null) => ({ step, decision: 'approved', content_hash: hash, voided_at: voided });

describe('statement approval chain by grade', () => {
  it.each([
    [4, ['leader_in_charge']],
    [3, ['first_responsible']],
    [2, ['first_responsible', 'superior_propaganda']],
    [1, ['first_responsible', 'superior_propaganda']],
  ] as const)('grade %s → %j', (grade, chain) => {
    expect(statementChain(grade)).toEqual(chain);
  });

  it.each([
    ['nothing approved', [], 'first_responsible'],
    ['first step approved', [ok('first_responsible')], 'superior_propaganda'],
    ['both approved', [ok('first_responsible'), ok('superior_propaganda')], null],
    ['approval of an older text', [ok('first_responsible', 'h0'), ok('superior_propaganda')], 'first_responsible'],
    ['approval voided by an edit', [ok('first_responsible', 'h1', '2026-11-29T00:00:00Z')], 'first_responsible'],
  ] as const)('%s', (_name, decisions, step) => {
    expect(currentStatementStep(statementChain(1), decisions, 'h1')).toBe(step);
  });

  it('a standing rejection of this text stops the chain; one of an older text does not', () => {
    expect(isRejected([{ step: 'first_responsible', decision: 'rejected', content_hash: 'h1', voided_at: null }], 'h1')).toBe(true);
    expect(isRejected([{ step: 'first_responsible', decision: 'rejected', content_hash: 'h0', voided_at: null }], 'h1')).toBe(false);
  });
});
