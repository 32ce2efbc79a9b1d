import { describe, expect, it } from 'vitest';
import { reportsOnTime } from './reports-on-time.js';

describe('analysis reports on time', () => {
  it.each([
    ['nothing due before mid-April', '2026-04-15', [], { due: 0, onTime: 0 }],
    ['Q1 due after its 15 days of grace', '2026-04-16', [], { due: 1, onTime: 0 }],
    ['Q1 sent on the last day of grace', '2026-05-01', [{ quarter: 1, submittedOn: '2026-04-15' }], { due: 1, onTime: 1 }],
    ['Q1 sent a day late', '2026-05-01', [{ quarter: 1, submittedOn: '2026-04-16' }], { due: 1, onTime: 0 }],
    ['a report of a quarter not yet due does not count', '2026-05-01', [{ quarter: 2, submittedOn: '2026-04-30' }], { due: 1, onTime: 0 }],
    ['a past year is due in full', '2027-02-01', [{ quarter: 4, submittedOn: '2027-01-10' }], { due: 4, onTime: 1 }],
  ])('%s', (_n, today, submitted, expected) => {
    expect(reportsOnTime(2026, today, submitted)).toEqual(expected);
  });
});
