import { describe, expect, it } from 'vitest';
import { polarityMetrics } from './evaluate.js';

describe('polarityMetrics', () => {
  it('reads a score below 0 as negative and averages the F1 of both classes', () => {
    // gold: 3 positive, 1 negative; called: positive, positive, negative, negative (score 0 counts as positive)
    const m = polarityMetrics(['positive', 'positive', 'positive', 'negative'], [0.9, 0, -0.2, -0.8], 0.3);
    expect(m.accuracy).toBe(0.75);
    // positive F1 = 2·2/(2·2+0+1) = 0.8, negative F1 = 2·1/(2·1+1+0) = 2/3
    expect(m.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 10);
    expect(m.neutral).toBe(0.5);
  });

  it('gives 0 rather than NaN for an empty set or a class never called', () => {
    expect(polarityMetrics([], [], 0.3)).toEqual({ texts: 0, accuracy: 0, macroF1: 0, neutral: 0 });
    expect(polarityMetrics(['negative', 'negative'], [0.5, 0.5], 0.3).macroF1).toBe(0);
  });
});
