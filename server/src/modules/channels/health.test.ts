import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_RULES, evaluateHealth, type ChannelFacts } from './health.js';

const now = new Date('2026-11-29T04:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const base: ChannelFacts = {
  kind: 'wechat_official',
  status: 'active',
  last_update_at: daysAgo(1),
  last_review_at: daysAgo(10),
  review_cycle_days: 90,
  oldest_unanswered_at: null,
  stalest_column_at: null,
  member_count: null,
  real_name_verified: 0,
};

describe('evaluateHealth', () => {
  it.each<[string, Partial<ChannelFacts>, string, string[]]>([
    ['a fresh account', {}, 'ok', []],
    ['an account not updated for 15 days', { last_update_at: daysAgo(15) }, 'fail', ['stale_update']],
    ['an account updated exactly 14 days ago', { last_update_at: daysAgo(14) }, 'ok', []],
    ['an account with no recorded update', { last_update_at: null }, 'warn', ['no_update_recorded']],
    ['a work group is not held to the update rule', { kind: 'wechat_group', last_update_at: daysAgo(100), real_name_verified: 1 }, 'ok', []],
    ['a work group without real-name check', { kind: 'qq_group', real_name_verified: 0 }, 'warn', ['not_real_name']],
    ['a message unanswered 10 days', { oldest_unanswered_at: daysAgo(10) }, 'warn', ['unanswered_warn']],
    ['a message unanswered 91 days', { oldest_unanswered_at: daysAgo(91) }, 'fail', ['unanswered_fail']],
    ['a column idle 200 days', { stalest_column_at: daysAgo(200) }, 'warn', ['stale_column']],
    ['a review overdue', { last_review_at: daysAgo(100) }, 'warn', ['review_overdue']],
    ['never reviewed', { last_review_at: null }, 'warn', ['review_overdue']],
    ['fail sorts before warn', { last_review_at: null, last_update_at: daysAgo(30) }, 'fail', ['stale_update', 'review_overdue']],
    ['a closed channel raises nothing', { status: 'closed', last_update_at: daysAgo(400) }, 'ok', []],
  ])('%s → %s', (_name, change, level, codes) => {
    const r = evaluateHealth({ ...base, ...change }, DEFAULT_HEALTH_RULES, now);
    expect(r.level).toBe(level);
    expect(r.flags.map((f) => f.code)).toEqual(codes);
  });

  it('follows a unit that tightens the update rule to 7 days', () => {
    const r = evaluateHealth({ ...base, last_update_at: daysAgo(8) }, { ...DEFAULT_HEALTH_RULES, staleUpdateDays: 7 }, now);
    expect(r.flags[0]).toEqual({ code: 'stale_update', level: 'fail', days: 8 });
  });
});
