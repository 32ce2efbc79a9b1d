import { describe, expect, it } from 'vitest';
import { dueOn } from './schedule.js';

const codes = (date: string) => dueOn(date).map((d) => `${d.kind}:${d.period.code}`);

describe('reports due on a day', () => {
  it.each([
    // 2026-01-01 is a Thursday: the analysis of 2025Q4 falls due that day.
    ['2026-01-01', ['analysis:2025Q4']],
    ['2026-01-02', []],
    // 2026-04-01 Wednesday.
    ['2026-04-01', ['analysis:2026Q1']],
    // 2027-05-01 is a Saturday, but only quarter starts matter; 2026-08-01 is a Saturday: nothing in August anyway.
    ['2026-08-03', []],
    // 2026-10-01 is a Thursday.
    ['2026-10-01', ['analysis:2026Q3']],
    // 2028-07-01 is a Saturday: the analysis moves to Monday 3 July.
    ['2028-07-01', []],
    ['2028-07-03', ['analysis:2028Q2']],
    // 2026-06-30 is a Tuesday: the half-year summary.
    ['2026-06-30', ['summary:2026H1']],
    // 2029-06-30 is a Saturday: the summary moves back to Friday 29 June.
    ['2029-06-30', []],
    ['2029-06-29', ['summary:2029H1']],
    // 2026-12-31 Thursday: the annual summary.
    ['2026-12-31', ['summary:2026']],
    ['2026-11-29', []],
  ])('%s', (date, expected) => {
    expect(codes(date)).toEqual(expected);
  });
});
