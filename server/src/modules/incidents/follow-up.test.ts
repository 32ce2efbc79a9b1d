import { describe, expect, it } from 'vitest';
import { followUp } from './follow-up.js';

const hour = (h: number) => new Date(Date.UTC(2026, 10, 29, 0) + h * 3_600_000).toISOString().slice(0, 13);
const bucket = (h: number, volume: number, negative = 0) => ({ hour: hour(h), volume, reach: volume * 10, negative });

describe('follow-up figures', () => {
  const buckets = [bucket(0, 10, 8), bucket(1, 50, 40), bucket(2, 20, 10), bucket(4, 4, 1), bucket(5, 2, 0)];
  it('splits volume, reach and negative share at the first reply', () => {
    const f = followUp(buckets, `${hour(2)}:30:00.000Z`, { share: 0.1, hours: 3 }, new Date(`${hour(5)}:10:00Z`));
    expect(f.before).toMatchObject({ volume: 60, reach: 600 });
    expect(f.before.negativeShare).toBeCloseTo(48 / 60);
    expect(f.after).toMatchObject({ volume: 26, reach: 260 });
    expect(f.after!.negativeShare).toBeCloseTo(11 / 26);
    expect(f.peak).toEqual({ hour: hour(1), volume: 50 });
    // Hour 3 had no items: it counts as a quiet hour, not a missing one.
    expect(f.series.map((b) => b.volume)).toEqual([10, 50, 20, 0, 4, 2]);
  });

  it.each([
    ['an hour at 40% of the peak within the last 4', { share: 0.1, hours: 4 }, 5, false],
    ['quiet for the last 2 hours under 10%', { share: 0.1, hours: 2 }, 5, true],
    ['still loud under a 5% rule', { share: 0.05, hours: 2 }, 5, false],
    ['quiet until now, later', { share: 0.1, hours: 3 }, 8, true],
  ] as const)('%s → suggest closing: %s', (_n, rule, nowHour, suggest) => {
    expect(followUp(buckets, null, rule, new Date(`${hour(nowHour)}:10:00Z`)).suggestClose).toBe(suggest);
  });
});
