import { describe, expect, it } from 'vitest';
import { byMonth, rollUp, stats, type FigureDeadline, type FigureIncident } from './figures.js';

const now = new Date('2026-11-29T12:00:00Z');
const inc = (id: number, unitPath: string, grade: number, state = 'following', openedAt = '2026-11-29T00:00:00Z'): FigureIncident => ({ id, unitPath, grade, state, openedAt });
const dl = (incidentId: number, kind: string, dueAt: string, metAt: string | null): FigureDeadline => ({ incidentId, kind, dueAt, metAt });

describe('figures for leaders', () => {
  const incidents = [inc(1, '/1/2/', 3), inc(2, '/1/2/5/', 4, 'closed'), inc(3, '/1/7/', 2, 'closed', '2026-10-31T20:00:00Z')];
  const deadlines = new Map([
    [1, [dl(1, 'reply', '2026-11-29T12:00:00Z', '2026-11-29T10:00:00Z')]],
    [2, [dl(2, 'reply', '2026-11-29T12:00:00Z', '2026-11-29T14:00:00Z')]],
    // Late and still open: due, not met, not within.
    [3, [dl(3, 'reply', '2026-11-01T01:00:00Z', null), dl(3, 'acknowledge', '2026-10-31T21:00:00Z', '2026-10-31T20:30:00Z')]],
  ]);

  it('measures time to each step from discovery and the share met in time', () => {
    const s = stats(incidents, deadlines, now);
    expect(s).toMatchObject({ count: 3, open: 1, closed: 2, byGrade: { '1': 0, '2': 1, '3': 1, '4': 1 } });
    expect(s.steps.reply).toEqual({ due: 3, met: 2, medianMinutes: 720, withinShare: 1 / 3 });
    expect(s.steps.acknowledge).toEqual({ due: 1, met: 1, medianMinutes: 30, withinShare: 1 });
    expect(s.steps.report).toEqual({ due: 0, met: 0, medianMinutes: null, withinShare: null });
  });

  it('rolls each unit’s figures up its subtree', () => {
    const units = [{ id: 1, path: '/1/' }, { id: 2, path: '/1/2/' }, { id: 5, path: '/1/2/5/' }, { id: 7, path: '/1/7/' }];
    const r = rollUp(units, incidents, deadlines, now);
    expect(r.map((x) => [x.unit.id, x.own.count, x.subtree.count])).toEqual([
      [1, 0, 3],
      [2, 1, 2],
      [5, 1, 1],
      [7, 1, 1],
    ]);
  });

  it('counts by Beijing month: 20:00 UTC on 31 October is already November there', () => {
    expect(byMonth(incidents)).toEqual([{ month: '2026-11', count: 3 }]);
  });
});
