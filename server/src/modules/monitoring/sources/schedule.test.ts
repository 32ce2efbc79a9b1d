import { describe, expect, it } from 'vitest';
import { nextPollAt } from './schedule.js';

const now = new Date('2026-03-01T00:00:00Z');
const minutesAfter = (iso: string) => (Date.parse(iso) - now.getTime()) / 60_000;

describe('nextPollAt', () => {
  it.each([
    [30, 0, 0.5, 30],
    [30, 0, 0, 27],
    [30, 0, 0.999999, 33],
    [30, 1, 0.5, 60],
    [30, 3, 0.5, 240],
    [30, 20, 0.5, 1440],
    [600, 6, 0.5, 1440],
  ])('interval %i, %i failures, random %f: %i minutes', (interval, failures, random, minutes) => {
    expect(minutesAfter(nextPollAt(now, interval, failures, random))).toBeCloseTo(minutes, 2);
  });
});
