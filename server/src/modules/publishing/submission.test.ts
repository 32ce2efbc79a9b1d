import { describe, expect, it } from 'vitest';
import { tally } from './submission.service.js';

const units = [
  { id: 1, name: '区委宣传部', parent_id: null, path: '/1/', created_at: '2025-01-01T00:00:00Z' },
  { id: 2, name: '街道', parent_id: 1, path: '/1/2/', created_at: '2025-06-01T00:00:00Z' },
  { id: 3, name: '社区', parent_id: 2, path: '/1/2/3/', created_at: '2025-06-01T00:00:00Z' },
];

describe('tally', () => {
  it('counts per month, checks the target through the current month and rolls up the tree', () => {
    const subs = [
      { unit_id: 2, submitted_on: '2026-01-05', adopted: 1 },
      { unit_id: 2, submitted_on: '2026-01-20', adopted: 0 },
      { unit_id: 2, submitted_on: '2026-02-02', adopted: 0 },
      { unit_id: 3, submitted_on: '2026-02-03', adopted: 1 },
      { unit_id: 3, submitted_on: '2026-12-03', adopted: 0 },
    ];
    const rows = tally(units, subs, new Map([[3, 1]]), 2026, 2);
    const by = (id: number) => rows.find((r) => r.unitId === id)!;
    expect(by(2).months.slice(0, 3)).toEqual([2, 1, 0]);
    expect(by(2)).toMatchObject({ target: 2, monthsMet: 1, monthsDue: 2, adopted: 1 });
    expect(by(3)).toMatchObject({ target: 1, monthsMet: 1 });
    expect(by(1).subtreeMonths.slice(0, 2)).toEqual([2, 2]);
    expect(by(1).subtreeMonths[11]).toBe(1);
    expect(by(2).subtreeMonths.slice(0, 2)).toEqual([2, 2]);
    expect(by(1).months.every((n) => n === 0)).toBe(true);
    expect(by(1)).toMatchObject({ target: 0, monthsMet: 0 });
  });
});

describe('tally for a unit created during the year', () => {
  it.each([
    // Created 31 March 17:00 UTC is 1 April in Beijing: April is its first month.
    ['2026-03-31T17:00:00Z', 4, 3],
    ['2026-01-10T00:00:00Z', 1, 6],
    ['2025-12-31T23:00:00Z', 1, 6],
    ['2027-02-01T00:00:00Z', 13, 0],
  ])('created %s → counted from month %i, %i months due by June', (createdAt, fromMonth, due) => {
    const [row] = tally([{ id: 5, name: '新单位', parent_id: 1, path: '/1/5/', created_at: createdAt }], [], new Map(), 2026, 6);
    expect(row).toMatchObject({ fromMonth, monthsDue: due, monthsMet: 0 });
  });
});
