import { foldForMatch } from './text-fold.js';

export interface Phrase<T> {
  phrase: string;
  /**
   * Longer strings that contain `phrase` and make it correct where they occur, e.g. 「适宜传」 for
   * 「宜传」 (适宜 + 传播). Checked against the text around each hit, so this stays linear.
   */
  except?: readonly string[];
  value: T;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  folded: string;
  except: { text: string; offset: number }[];
  value: T;
}

/**
 * Finds every listed phrase in one pass: phrases are bucketed by their first character, so each
 * position of the text costs one map lookup plus the few phrases that start with that character
 * (a unit's word list may hold thousands of words). Leftmost-longest, not overlapping.
 * Matching ignores full/half width and ASCII case.
 */
export function createPhraseMatcher<T>(phrases: readonly Phrase<T>[]): (text: string) => PhraseHit<T>[] {
  const buckets = new Map<string, Entry<T>[]>();
  for (const p of phrases) {
    const folded = foldForMatch(p.phrase.trim());
    if (!folded) continue;
    const except = (p.except ?? []).map((e) => foldForMatch(e)).flatMap((e) => (e.includes(folded) ? [{ text: e, offset: e.indexOf(folded) }] : []));
    const bucket = buckets.get(folded[0]) ?? [];
    bucket.push({ folded, except, value: p.value });
    buckets.set(folded[0], bucket);
  }
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);

  return (text: string) => {
    const folded = foldForMatch(text);
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < folded.length; i++) {
      const bucket = buckets.get(folded[i]);
      if (!bucket) continue;
      const entry = bucket.find((e) => folded.startsWith(e.folded, i) && !e.except.some((x) => i >= x.offset && folded.startsWith(x.text, i - x.offset)));
      if (!entry) continue;
      hits.push({ start: i, end: i + entry.folded.length, value: entry.value });
      i += entry.folded.length - 1;
    }
    return hits;
  };
}
