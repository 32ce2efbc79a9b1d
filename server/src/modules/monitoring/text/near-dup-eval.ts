import type { TextCorpus } from './eval-corpus.js';
import { NEAR_DUP_DEFAULTS, NearDupIndex, type NearDupOptions } from './near-dup.js';
import { buildNearDupSet, HARD_NEGATIVES, type HardNegative, type NearDupSet } from './near-dup-eval-set.js';
import { normalizeText } from './normalize.js';
import { REPOST_EDIT_NAMES, type RepostEdit } from './repost-edits.js';

export interface Tally {
  /** Pairs looked at: reposts with their original, or hard-negative pairs. */
  pairs: number;
  /** Of those, put in one group. */
  joined: number;
}

export interface NearDupEvaluation {
  seed: number;
  options: NearDupOptions;
  originals: { weibo: number; news: number };
  texts: number;
  /** Pairs put in one group that are one story, over pairs put in one group (all pairs of texts of the set). */
  precision: number;
  /** Pairs of one story put in one group, over pairs of one story. */
  recall: number;
  /** By edit, reposts made by that edit alone; `combined` for two or three edits at once. */
  reposts: Partial<Record<RepostEdit | 'combined', Tally>>;
  hardNegatives: Partial<Record<HardNegative, Tally>>;
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

/** Pairwise precision and recall of `predicted` groups against the set's stories. */
function pairwise(set: NearDupSet, predicted: readonly number[]): { precision: number; recall: number } {
  const count = (key: (i: number) => string | number) => {
    const sizes = new Map<string | number, number>();
    set.texts.forEach((_, i) => sizes.set(key(i), (sizes.get(key(i)) ?? 0) + 1));
    return [...sizes.values()].reduce((pairs, n) => pairs + (n * (n - 1)) / 2, 0);
  };
  const correct = count((i) => `${set.texts[i].story}:${predicted[i]}`);
  return { precision: ratio(correct, count((i) => predicted[i])), recall: ratio(correct, count((i) => set.texts[i].story)) };
}

function tally<K extends string>(pairs: [K, number, number][], predicted: readonly number[]): Partial<Record<K, Tally>> {
  const out: Partial<Record<K, Tally>> = {};
  for (const [kind, a, b] of pairs) {
    const t = (out[kind] ??= { pairs: 0, joined: 0 });
    t.pairs++;
    if (predicted[a] === predicted[b]) t.joined++;
  }
  return out;
}

/** Runs a set through normalise → canonical form → NearDupIndex, in its order, as `yuqing text dedup` does. */
function groupNearDupSet(set: NearDupSet, options: Partial<NearDupOptions> = {}): number[] {
  const index = new NearDupIndex<number>(options);
  return set.texts.map(({ text }, i) => index.assign(normalizeText(text), i));
}

/** Precision, recall and the tallies by edit and by boilerplate of NearDupIndex with `options` on `set`. */
export function scoreNearDupSet(set: NearDupSet, options: Partial<NearDupOptions> = {}): NearDupEvaluation {
  const predicted = groupNearDupSet(set, options);
  return {
    seed: set.seed,
    options: { ...NEAR_DUP_DEFAULTS, ...options },
    originals: set.originals,
    texts: set.texts.length,
    ...pairwise(set, predicted),
    reposts: tally(set.reposts, predicted),
    hardNegatives: tally(set.hardNegatives, predicted),
  };
}

/**
 * Near-duplicate precision and recall on a set of `sampleSize` originals with their reposts and
 * half as many hard-negative pairs, built from `corpus` with `seed` (near-dup-eval-set.ts).
 */
export async function evaluateNearDup(corpus: TextCorpus, sampleSize: number, seed = 1, options: Partial<NearDupOptions> = {}): Promise<NearDupEvaluation> {
  return scoreNearDupSet(await buildNearDupSet(corpus, sampleSize, seed), options);
}

const percent = (t: Tally | undefined) => (t ? `${t.joined} / ${t.pairs} (${(100 * ratio(t.joined, t.pairs)).toFixed(1)}%)` : '—');

/** The evaluation as a markdown table, for the test log and the bench. */
export function formatNearDupEvaluation(e: NearDupEvaluation): string {
  const { maxDistance, probeRadius, ngram, minSimilarity, minLength } = e.options;
  return [
    `Near-duplicates: ${e.originals.weibo} Weibo posts and ${e.originals.news} headlines with their reposts, and hard negatives; ${e.texts} texts, seed ${e.seed}. Candidates: SimHash over ${ngram}-grams within ${maxDistance} bits (all within ${4 * probeRadius + 3} found: probing radius ${probeRadius}); joined at edit similarity ≥ ${minSimilarity} with the same figures; under ${minLength} characters only identical texts.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| pairwise precision | ${e.precision.toFixed(4)} |`,
    `| pairwise recall | ${e.recall.toFixed(4)} |`,
    ...[...REPOST_EDIT_NAMES, 'combined' as const].map((edit) => `| reposts joined to their original: ${edit} | ${percent(e.reposts[edit])} |`),
    ...HARD_NEGATIVES.map((kind) => `| hard-negative pairs joined: ${kind} | ${percent(e.hardNegatives[kind])} |`),
  ].join('\n');
}
