import { describe, expect, it } from 'vitest';
import { beijingDate, parsePeriod, previousPeriod } from './period.js';

describe('report periods', () => {
  it.each([
    ['2026', 'year', '2026-01-01', '2027-01-01', '2025-12-31T16:00:00.000Z', '2026年'],
    ['2026H1', 'half', '2026-01-01', '2026-07-01', '2025-12-31T16:00:00.000Z', '2026年上半年'],
    ['2026h2', 'half', '2026-07-01', '2027-01-01', '2026-06-30T16:00:00.000Z', '2026年下半年'],
    ['2026Q3', 'quarter', '2026-07-01', '2026-10-01', '2026-06-30T16:00:00.000Z', '2026年第三季度'],
    ['2026Q4', 'quarter', '2026-10-01', '2027-01-01', '2026-09-30T16:00:00.000Z', '2026年第四季度'],
  ])('%s', (code, kind, startDate, endDate, start, label) => {
    const p = parsePeriod(code)!;
    expect(p).toMatchObject({ kind, startDate, endDate, start, label });
  });

  it.each(['', '26', '2026H3', '2026Q5', '2026Q0', '2026-H1', '1999', 'abcd'])('refuses %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });

  it('steps back across a year', () => {
    expect(previousPeriod(parsePeriod('2026Q1')!).code).toBe('2025Q4');
    expect(previousPeriod(parsePeriod('2026H2')!).code).toBe('2026H1');
    expect(previousPeriod(parsePeriod('2026')!).code).toBe('2025');
  });

  it('reads Beijing days: 16:30 UTC is already tomorrow', () => {
    expect(beijingDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(beijingDate(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
  });
});
