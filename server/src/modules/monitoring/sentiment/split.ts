import type { LabelledText } from './corpora.js';
import { fnv1a } from './features.js';
import { cleanText, dedupKey } from './preprocess.js';

/** What happened to one source's rows on the way to the split. */
export interface SplitCounts {
  source: string;
  rows: number;
  /** Nothing left after cleaning (a Weibo post that was only emoticons). */
  empty: number;
  /** Repeats of a text already seen, in this source or an earlier one. */
  duplicates: number;
  /** Texts dropped because their copies carry both labels. */
  conflicting: number;
  train: number;
  test: number;
}

export interface CorpusSplit {
  train: LabelledText[];
  test: LabelledText[];
  counts: SplitCounts[];
}

export const TEST_SHARE = 0.2;

/**
 * Deduplicates, then splits by a hash of the text. Deduplication comes first and runs across all
 * sources (ChnSentiCorp_train.tsv and ChnSentiCorp_htl_all.csv share 1,550 reviews), and the side a
 * text falls on depends only on its dedup key: no text, or near-copy differing in punctuation, can
 * be trained on and then scored as unseen. Each source keeps about `testShare` of its texts for test.
 */
export function splitCorpus(rows: readonly LabelledText[], testShare = TEST_SHARE): CorpusSplit {
  const counts = new Map<string, SplitCounts>();
  const countsOf = (source: string) => {
    let c = counts.get(source);
    if (!c) counts.set(source, (c = { source, rows: 0, empty: 0, duplicates: 0, conflicting: 0, train: 0, test: 0 }));
    return c;
  };
  const byKey = new Map<string, { first: LabelledText; conflict: boolean }>();
  for (const row of rows) {
    const c = countsOf(row.source);
    c.rows++;
    const key = dedupKey(cleanText(row.text));
    const seen = byKey.get(key);
    if (!key) c.empty++;
    else if (!seen) byKey.set(key, { first: row, conflict: false });
    else {
      c.duplicates++;
      seen.conflict ||= seen.first.label !== row.label;
    }
  }
  const split: CorpusSplit = { train: [], test: [], counts: [...counts.values()] };
  const cut = Math.round(testShare * 10_000);
  for (const [key, { first, conflict }] of byKey) {
    const c = countsOf(first.source);
    if (conflict) c.conflicting++;
    else if (fnv1a(`split\u0001${key}`) % 10_000 < cut) {
      split.test.push(first);
      c.test++;
    } else {
      split.train.push(first);
      c.train++;
    }
  }
  return split;
}

/** The split's bookkeeping as a markdown table, so a reader sees what deduplication removed. */
export function formatSplitCounts(counts: readonly SplitCounts[]): string {
  return [
    '| source | rows | empty after cleaning | duplicates | conflicting labels | train | test |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...counts.map((c) => `| ${c.source} | ${c.rows} | ${c.empty} | ${c.duplicates} | ${c.conflicting} | ${c.train} | ${c.test} |`),
  ].join('\n');
}
