import { describe, expect, it } from 'vitest';
import { dueAt, escalationsDue, orderProblems, PRESETS, resolveLimits } from './deadlines.js';

const H = 60;

describe('deadline presets', () => {
  it('holds the seed’s 12-hour reply and the national 5 h / 24 h / 48 h rules', () => {
    for (const g of [1, 2, 3, 4] as const) expect(PRESETS.seed_12h[g].reply).toBe(12 * H);
    expect(PRESETS.national[1]).toMatchObject({ reply: 5 * H, press_conference: 24 * H });
    expect(PRESETS.national[2]).toMatchObject({ reply: 5 * H, press_conference: 24 * H });
    expect(PRESETS.national[3].reply).toBe(48 * H);
    expect(PRESETS.national[4].reply).toBe(48 * H);
    expect(PRESETS.seed_12h[1].report).toBe(1 * H);
  });

  it.each(['seed_12h', 'national'] as const)('preset %s is consistent as shipped', (preset) => {
    expect(resolveLimits(preset).problems).toEqual([]);
  });

  it.each([
    ['tightening a reply to 8 h', 'seed_12h', { '3': { reply: 8 * H } }, null],
    ['adding a press conference', 'seed_12h', { '2': { press_conference: 24 * H } }, null],
    ['lengthening a reply', 'seed_12h', { '3': { reply: 13 * H } }, '长于预案的 720 分钟'],
    ['a reply before the report', 'seed_12h', { '3': { reply: 3 * H } }, '「正面回复」180 分钟短于前一步「快报上报」的 240 分钟'],
    ['a report before the acknowledgement', 'national', { '1': { report: 20 } }, '「快报上报」20 分钟短于前一步「接报确认」的 30 分钟'],
    ['closing before the press conference', 'national', { '2': { close: 20 * H } }, '「处置完毕」1200 分钟短于前一步「新闻发布会」的 1440 分钟'],
  ] as const)('%s', (_name, preset, tighten, problem) => {
    const { problems, limits } = resolveLimits(preset, tighten);
    if (problem === null) {
      expect(problems).toEqual([]);
      const [g, kinds] = Object.entries(tighten)[0] as [string, Record<string, number>];
      for (const [kind, minutes] of Object.entries(kinds)) expect(limits[Number(g) as 1][kind as 'reply']).toBe(minutes);
    } else {
      expect(problems.map((p) => p.reason['zh-CN']).join('\n')).toContain(problem);
    }
  });

  it('compares a step with the longest earlier one, not just its neighbour', () => {
    expect(orderProblems({ 1: { acknowledge: 300, report: 400, reply: 350 }, 2: {}, 3: {}, 4: {} }).map((p) => p.kind)).toEqual(['reply']);
    expect(orderProblems({ 1: { acknowledge: 300, reply: 200, close: 250 }, 2: {}, 3: {}, 4: {} }).map((p) => p.kind)).toEqual(['reply', 'close']);
  });
});

describe('escalation ladder with a controllable clock', () => {
  const due = '2026-11-29T02:00:00.000Z';
  const at = (min: number) => new Date(Date.parse(due) + min * 60_000);
  it.each([
    [-1, 0, [], due],
    [0, 0, [1], '2026-11-29T03:00:00.000Z'],
    [59, 1, [], '2026-11-29T03:00:00.000Z'],
    [60, 1, [2], '2026-11-29T04:00:00.000Z'],
    [150, 1, [2, 3], '2026-11-29T05:00:00.000Z'],
    [500, 0, [1, 2, 3, 4], null],
    [600, 4, [], null],
  ] as const)('at due%+d min with level %s sends %j and looks again at %s', (minutes, level, levels, next) => {
    expect(escalationsDue({ due_at: due, level }, at(minutes), 60)).toEqual({ levels, nextCheckAt: next });
  });

  it('counts limits from discovery', () => {
    expect(dueAt('2026-11-29T00:00:00.000Z', 12 * H)).toBe('2026-11-29T12:00:00.000Z');
  });
});
