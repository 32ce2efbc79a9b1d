import { describe, expect, it } from 'vitest';
import { bearsOf } from './accountability-rules.js';

describe('who bears responsibility (篇六第十条)', () => {
  it.each([
    ['collective', 'principal', false, 'main'],
    ['collective', 'in_charge', false, 'main'],
    ['collective', 'participant', false, 'important'],
    ['collective', 'participant', true, 'none'],
    ['collective', 'principal', true, 'none'],
    ['collective', 'other', false, 'none'],
    ['individual', 'decider', false, 'individual'],
    ['individual', 'principal', false, 'none'],
    ['individual', 'decider', true, 'none'],
  ] as const)('%s, %s, dissent %s: %s', (responsibility, part, dissent, bears) => {
    expect(bearsOf(responsibility, part, dissent)).toBe(bears);
  });
});
