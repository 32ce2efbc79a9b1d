import path from 'node:path';
import { expect, it } from 'vitest';
import { loadTextCorpus } from './eval-corpus.js';
import { evaluateNearDup, formatNearDupEvaluation } from './near-dup-eval.js';

/*
 * The targets on a fixed-seed sample: 1,000 originals (500 Weibo posts, 500 headlines),
 * their ≈2,000 reposts and ≈500 hard-negative pairs. bench/text.bench.mjs runs a larger sample.
 */
it('meets precision ≥ 0.98 and recall ≥ 0.95 on reposts and hard negatives from the corpora', async () => {
  const corpus = loadTextCorpus(path.resolve(import.meta.dirname, '../../../../../../shared/corpora'));
  const evaluation = await evaluateNearDup(corpus, 1000, 1);
  console.log(formatNearDupEvaluation(evaluation));
  expect(evaluation.precision).toBeGreaterThanOrEqual(0.98);
  expect(evaluation.recall).toBeGreaterThanOrEqual(0.95);
  for (const [kind, tally] of Object.entries(evaluation.hardNegatives)) expect(tally?.joined, kind).toBeLessThanOrEqual((tally?.pairs ?? 0) * 0.02);
});
