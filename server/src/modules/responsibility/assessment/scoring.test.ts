import { describe, expect, it } from 'vitest';
import { MEETING_KINDS } from '@yuqing/common';
import type { Figures } from '../dashboard.service.js';
import { DEFAULT_INDICATORS, rank, scoreIndicator, scoreUnit, type Indicator } from './scoring.js';

const figures = (patch: Partial<{ held: number; target: number; done: number; dueSoFar: number; overdue: number; rectOverdue: number; reportsDue: number; reportsOnTime: number }> = {}): Figures => {
  const p = { held: 6, target: 12, done: 8, dueSoFar: 10, overdue: 2, rectOverdue: 0, reportsDue: 2, reportsOnTime: 1, ...patch };
  return {
    units: 1,
    unitsBehind: 0,
    tasks: { total: 20, done: p.done, overdue: p.overdue, dueSoFar: p.dueSoFar },
    meetings: Object.fromEntries(MEETING_KINDS.map((k) => [k, { held: p.held, target: p.target }])) as Figures['meetings'],
    rectifications: { open: p.rectOverdue, overdue: p.rectOverdue },
    reports: { due: p.reportsDue, onTime: p.reportsOnTime },
  };
};
const ind = (rule: Indicator['rule'], weight = 20): Indicator => ({ key: 'k', name: 'n', weight, rule });

describe('indicator scoring reads the evidence', () => {
  it.each([
    ['half the quota is half the points', ind({ kind: 'quota', meetingKind: 'central_study' }), figures(), 10],
    ['a quota beyond target is capped', ind({ kind: 'quota', meetingKind: 'central_study' }), figures({ held: 15 }), 20],
    ['no target gives full points', ind({ kind: 'quota', meetingKind: 'training' }), figures({ target: 0, held: 0 }), 20],
    ['tasks done 8 of 10 due', ind({ kind: 'tasks_done' }, 25), figures(), 20],
    ['nothing due yet is full marks', ind({ kind: 'tasks_done' }, 25), figures({ done: 0, dueSoFar: 0 }), 25],
    ['two overdue at 2 each', ind({ kind: 'overdue_penalty', perItem: 2 }, 10), figures(), 6],
    ['penalties stop at zero', ind({ kind: 'overdue_penalty', perItem: 2 }, 10), figures({ overdue: 9 }), 0],
    ['an overdue rectification', ind({ kind: 'rectification_penalty', perItem: 5 }, 10), figures({ rectOverdue: 1 }), 5],
    ['one of two reports on time', ind({ kind: 'reports_on_time' }, 10), figures(), 5],
    ['no report due yet', ind({ kind: 'reports_on_time' }, 10), figures({ reportsDue: 0, reportsOnTime: 0 }), 10],
  ] as const)('%s', (_n, indicator, f, score) => {
    expect(scoreIndicator(indicator, f).score).toBe(score);
  });

  it('a hand-scored indicator waits for its score and keeps the comment', () => {
    const manual = ind({ kind: 'manual' });
    expect(scoreIndicator(manual, figures())).toMatchObject({ score: null, basis: '待评分' });
    expect(scoreIndicator(manual, figures(), { score: 25, comment: '公众号运营规范' })).toMatchObject({ score: 20, basis: '公众号运营规范' });
  });

  it('the default scheme totals 100 and sums its items', () => {
    expect(DEFAULT_INDICATORS.reduce((s, i) => s + i.weight, 0)).toBe(100);
    const r = scoreUnit(DEFAULT_INDICATORS, figures(), new Map([['channels_guidance', { score: 8, comment: '好' }]]));
    expect(r.complete).toBe(true);
    expect(r.total).toBe(10 + 7.5 + 20 + 6 + 10 + 5 + 8);
    expect(scoreUnit(DEFAULT_INDICATORS, figures(), new Map()).complete).toBe(false);
  });

  it('ranks with shared places for equal totals', () => {
    expect(rank([{ id: 'a', total: 80 }, { id: 'b', total: 90 }, { id: 'c', total: 80 }, { id: 'd', total: 70 }]).map((r) => `${r.id}${r.rank}`)).toEqual(['b1', 'a2', 'c2', 'd4']);
  });
});
