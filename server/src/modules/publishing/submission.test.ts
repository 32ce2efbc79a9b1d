import { describe, expect, it } from 'vitest';
import { tally } from './submission.service.js';

const units = [
  { id: 1, name: '区委宣传部', parent_id: null, path: '/1/' },
  { id: 2, name: '街道', parent_id: 1, path: '/1/2/' },
  { id: 3, name: '社区', parent_id: 2, path: '/1/2/3/' },
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
    const rows = tally(units, subs, new Map([[3, 1]]), 2);
    const by = (id: number) => rows.find((r) => r.unitId === id)!;
    expect(by(2).months.slice(0, 3)).toEqual([2, 1, 0]);
    expect(by(2)).toMatchObject({ target: 2, monthsMet: 1, adopted: 1 });
    expect(by(3)).toMatchObject({ target: 1, monthsMet: 1 });
    expect(by(1).subtreeMonths.slice(0, 2)).toEqual([2, 2]);
    expect(by(1).subtreeMonths[11]).toBe(1);
    expect(by(2).subtreeMonths.slice(0, 2)).toEqual([2, 2]);
    expect(by(1).months.every((n) => n === 0)).toBe(true);
    expect(by(1)).toMatchObject({ target: 0, monthsMet: 0 });
  });
});
