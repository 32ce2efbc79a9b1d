/*
 * The corpora repeat themselves: CCTV posts the same text twice under a new header, Toutiao
 * headlines come back with a word changed, the daily 「累计确诊超137万」 post returns as 「超145万」.
 * Two such texts cannot serve as two different stories in the evaluation, so the evaluation keeps
 * one text of each cluster, judged by an exact measure independent of SimHash: the Jaccard
 * similarity of the sets of character trigrams of the canonical forms. The same measure keeps
 * near-identical corpus posts out of the hard negatives: they are duplicates, not negatives.
 */

/** Pairs at or above this trigram Jaccard similarity are taken to be one story. */
const SAME_STORY_JACCARD = 0.5;

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  if (grams.size === 0 && text !== '') grams.add(text);
  return grams;
}

/**
 * Up to `limit` indices of `canonical` texts, in order, no two of one story: a text is skipped when
 * a text already taken shares trigrams with it at Jaccard ≥ SAME_STORY_JACCARD. Shared trigrams are
 * counted exactly through postings of the texts taken, so the cost follows the number taken, not
 * the size of the corpus.
 */
export function distinctStories(canonical: readonly string[], limit: number): number[] {
  const postings = new Map<string, number[]>();
  const sizes: number[] = [];
  const taken: number[] = [];
  // Shared-trigram counts per text taken, and which of them the current text touched.
  const shared = new Int32Array(Math.min(limit, canonical.length));
  const touched: number[] = [];
  for (let i = 0; i < canonical.length && taken.length < limit; i++) {
    const grams = trigrams(canonical[i]);
    if (grams.size === 0) continue;
    for (const gram of grams) {
      for (const k of postings.get(gram) ?? []) if (shared[k]++ === 0) touched.push(k);
    }
    const sameStory = touched.some((k) => shared[k] / (grams.size + sizes[k] - shared[k]) >= SAME_STORY_JACCARD);
    for (const k of touched) shared[k] = 0;
    touched.length = 0;
    if (sameStory) continue;
    const k = sizes.push(grams.size) - 1;
    taken.push(i);
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list) list.push(k);
      else postings.set(gram, [k]);
    }
  }
  return taken;
}
