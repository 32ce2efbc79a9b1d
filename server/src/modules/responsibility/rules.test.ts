import { describe, expect, it } from 'vitest';
import { type EvidenceRule } from '@yuqing/common';
import { formatDeadline, parseDeadline } from './deadline.js';
import { matchEvidence, occurrenceState, parseEvidence, type EvidenceRecord } from './evidence.js';
import { beijingDate, periodsOf } from './periods.js';
import { quotaProgress } from './quota.js';
import { rollUp } from './rollup.js';

describe('periods of a recurrence', () => {
  it.each([
    ['weekly', 2026, 53, '2025-12-29', '2027-01-03'],
    ['weekly', 2027, 52, '2027-01-04', '2028-01-02'],
    ['monthly', 2026, 12, '2026-01-01', '2026-12-31'],
    ['quarterly', 2026, 4, '2026-01-01', '2026-12-31'],
    ['half_yearly', 2026, 2, '2026-01-01', '2026-12-31'],
    ['yearly', 2026, 1, '2026-01-01', '2026-12-31'],
  ] as const)('%s in %i: %i periods from %s to %s', (recurrence, year, count, first, last) => {
    const p = periodsOf(recurrence, year);
    expect(p).toHaveLength(count);
    expect(p[0].start).toBe(first);
    expect(p.at(-1)!.end).toBe(last);
    for (let i = 1; i < p.length; i++) expect(p[i].start > p[i - 1].end).toBe(true);
  });

  it.each([
    ['quarterly', 1, { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30', due: '2026-06-30' }],
    ['half_yearly', 0, { key: '2026-H1', start: '2026-01-01', end: '2026-06-30', due: '2026-06-30' }],
    ['monthly', 1, { key: '2026-02', start: '2026-02-01', end: '2026-02-28', due: '2026-02-28' }],
  ] as const)('%s period %i', (recurrence, index, expected) => {
    expect(periodsOf(recurrence, 2026)[index]).toEqual(expected);
  });

  it('a one-off task runs from the new year to its date', () => {
    expect(periodsOf('none', 2026, '03-31')).toEqual([{ key: '2026-once', start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' }]);
    expect(periodsOf('none', 2028, '02-29')[0].due).toBe('2028-02-29');
  });

  it('today is the Beijing date', () => {
    expect(beijingDate(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(beijingDate(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
  });
});

describe('evidence matching', () => {
  const topic: EvidenceRule = { kind: 'meeting', meetingKind: 'topic_review', count: 1 };
  const q = (i: number) => periodsOf('quarterly', 2026)[i];
  const meeting = (id: number, date: string, meetingKind = 'topic_review'): EvidenceRecord => ({ kind: 'meeting', id, date, meetingKind, title: `会议${id}` });
  it.each([
    ['a topic review in April completes Q2', topic, 1, [meeting(1, '2026-04-08')], true],
    ['…but not Q1', topic, 0, [meeting(1, '2026-04-08')], false],
    ['a study session is not a topic review', topic, 1, [meeting(1, '2026-04-08', 'central_study')], false],
    ['the last day of the quarter counts', topic, 1, [meeting(1, '2026-06-30')], true],
    ['two needed, one held', { ...topic, count: 2 } as EvidenceRule, 1, [meeting(1, '2026-05-01')], false],
    ['two needed, two held', { ...topic, count: 2 } as EvidenceRule, 1, [meeting(1, '2026-05-01'), meeting(2, '2026-06-01')], true],
    ['submissions count', { kind: 'submissions', count: 2 } as EvidenceRule, 2, [{ kind: 'submissions', id: 1, date: '2026-07-02', title: 'a' }, { kind: 'submissions', id: 2, date: '2026-09-30', title: 'b' }], true],
    ['a channel review is not a submission', { kind: 'submissions', count: 1 } as EvidenceRule, 2, [{ kind: 'channel_review', id: 1, date: '2026-07-02', title: 'a' }], false],
    ['manual tasks never complete themselves', { kind: 'manual' } as EvidenceRule, 1, [meeting(1, '2026-04-08')], false],
  ] as const)('%s', (_name, rule, quarter, records, met) => {
    expect(matchEvidence(rule, q(quarter), records).met).toBe(met);
  });

  it('names the records that counted, oldest first', () => {
    const v = matchEvidence(topic, q(1), [meeting(3, '2026-06-01'), meeting(2, '2026-04-20')]);
    expect(v.matched.map((r) => r.id)).toEqual([2]);
  });

  it.each([
    ['{"kind":"meeting","meetingKind":"topic_review","count":1}', null],
    ['{"kind":"meeting","meetingKind":"salon","count":1}', '会议类型「salon」已不存在'],
    ['{"kind":"report"}', '完成依据类型「report」已不存在'],
    ['{"kind":"submissions","count":0}', '完成依据数量「0」无效'],
    ['not json', '完成依据无法读取'],
  ])('reads %s', (json, problem) => {
    expect(parseEvidence(json).problem).toBe(problem);
  });
});

describe('occurrence state with a controllable clock', () => {
  const occ = { period_start: '2026-04-01', due_date: '2026-06-30', completed_at: null as string | null };
  it.each([
    ['2026-03-15', 'upcoming'],
    ['2026-04-10', 'open'],
    ['2026-06-23', 'due_soon'],
    ['2026-06-30', 'due_soon'],
    ['2026-07-01', 'overdue'],
  ])('on %s it is %s', (today, state) => {
    expect(occurrenceState(occ, today)).toBe(state);
  });
  it('done stays done after its date', () => {
    expect(occurrenceState({ ...occ, completed_at: '2026-05-01T00:00:00Z' }, '2026-12-01')).toBe('done');
  });
});

describe('quota progress', () => {
  const held = (n: number, kind = 'central_study') => Array.from({ length: n }, (_, i) => ({ kind, date: `2026-${String(i + 1).padStart(2, '0')}-10` }));
  it.each([
    ['six of twelve by 1 July is on track', 6, '2026-07-01', 'on_track', 5],
    ['four of twelve by 1 July is behind', 4, '2026-07-01', 'behind', 5],
    ['twelve is met', 12, '2026-12-20', 'met', 11],
    ['a session held after today does not count yet', 3, '2026-02-15', 'on_track', 1],
  ])('%s', (_n, count, today, status, expected) => {
    const p = quotaProgress(2026, {}, held(count), today).find((x) => x.kind === 'central_study')!;
    expect(p.status).toBe(status);
    expect(p.expectedByNow).toBe(expected);
    expect(p.target).toBe(12);
  });
  it('a unit’s own target replaces the default, and a past year counts in full', () => {
    const p = quotaProgress(2025, { topic_review: 6 }, [{ kind: 'topic_review', date: '2025-05-01' }], '2026-01-10').find((x) => x.kind === 'topic_review')!;
    expect(p).toMatchObject({ target: 6, held: 1, expectedByNow: 6, status: 'behind' });
  });
});

describe('deadlines as offices write them', () => {
  it.each([
    ['2026-03-31', { recurrence: 'none', dueDate: '2026-03-31' }],
    ['2026/3/5', { recurrence: 'none', dueDate: '2026-03-05' }],
    ['2026年3月', { recurrence: 'none', dueDate: '2026-03-31' }],
    ['2026年2月', { recurrence: 'none', dueDate: '2026-02-28' }],
    ['3月底', { recurrence: 'none', dueDate: '2026-03-31' }],
    ['6月30日前', { recurrence: 'none', dueDate: '2026-06-30' }],
    ['9月中旬', { recurrence: 'none', dueDate: '2026-09-20' }],
    ['年底', { recurrence: 'none', dueDate: '2026-12-31' }],
    ['每季度', { recurrence: 'quarterly', dueDate: null }],
    ['每季度至少一次', { recurrence: 'quarterly', dueDate: null }],
    ['每半年', { recurrence: 'half_yearly', dueDate: null }],
    ['每月', { recurrence: 'monthly', dueDate: null }],
    ['全年', { recurrence: 'yearly', dueDate: null }],
    ['长期坚持', { recurrence: 'yearly', dueDate: null }],
    ['每七天', { recurrence: 'weekly', dueDate: null }],
    ['13月底', null],
    ['2026年2月30日', null],
    ['尽快', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(parseDeadline(text, 2026)).toEqual(expected);
  });
  it('writes back what it reads', () => {
    for (const text of ['每季度', '每半年', '每月', '全年', '每周', '2026-03-31']) {
      const d = parseDeadline(text, 2026)!;
      expect(parseDeadline(formatDeadline(d.recurrence, d.dueDate), 2026)).toEqual(d);
    }
  });
});

describe('roll-up along the unit tree', () => {
  it('adds every unit into each of its ancestors', () => {
    const units = [
      { id: 1, parent_id: null },
      { id: 2, parent_id: 1 },
      { id: 3, parent_id: 2 },
      { id: 4, parent_id: 1 },
    ];
    const own = new Map([
      [1, { n: 1 }],
      [3, { n: 10 }],
      [4, { n: 100 }],
    ]);
    const total = rollUp(units, own, () => ({ n: 0 }), (a, b) => (a.n += b.n));
    expect([1, 2, 3, 4].map((id) => total.get(id)!.n)).toEqual([111, 10, 10, 100]);
  });
});
