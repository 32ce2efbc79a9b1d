import { describe, expect, it } from 'vitest';
import { reviewOverdue, riskLevel } from './risk-rules.js';

describe('risk level from likelihood and impact', () => {
  it.each([
    [1, 1, 'low'],
    [1, 5, 'low'],
    [2, 3, 'medium'],
    [3, 3, 'medium'],
    [3, 4, 'high'],
    [4, 4, 'high'],
    [4, 5, 'critical'],
    [5, 5, 'critical'],
  ])('%i × %i is %s', (l, i, level) => {
    expect(riskLevel(l, i)).toBe(level);
  });
  it.each([
    [{ status: 'open', next_review_on: '2026-05-01' }, '2026-05-02', true],
    [{ status: 'open', next_review_on: '2026-05-01' }, '2026-05-01', false],
    [{ status: 'closed', next_review_on: '2026-05-01' }, '2026-06-01', false],
    [{ status: 'controlled', next_review_on: null }, '2026-06-01', false],
  ])('review overdue %j on %s: %s', (risk, today, overdue) => {
    expect(reviewOverdue(risk, today)).toBe(overdue);
  });
});
