import { describe, expect, it } from 'vitest';
import type { LabelledText } from './corpora.js';
import { cleanText, dedupKey } from './preprocess.js';
import { splitCorpus } from './split.js';

const row = (source: string, text: string, label: LabelledText['label'] = 'positive'): LabelledText => ({ source, text, label });

describe('splitCorpus', () => {
  const rows = [
    row('a', '房间很干净'),
    row('a', '房间很干净！'), // the same text with other punctuation
    row('b', '房间很干净。'), // and again in another source
    row('a', '早餐一般', 'negative'),
    row('b', '早餐一般', 'positive'), // labelled both ways: dropped
    row('b', '[哈哈][哈哈]'), // nothing left after cleaning
    ...Array.from({ length: 3000 }, (_, i) => row(i % 2 ? 'a' : 'b', `第${i}条评论，服务${i % 3 ? '好' : '差'}`, i % 3 ? 'positive' : 'negative')),
  ];
  const split = splitCorpus(rows);

  it('puts no text on both sides, even as a near-copy', () => {
    const keys = (part: LabelledText[]) => new Set(part.map((r) => dedupKey(cleanText(r.text))));
    const train = keys(split.train);
    expect([...keys(split.test)].filter((k) => train.has(k))).toEqual([]);
    expect(split.train.length + split.test.length).toBe(keys(split.train).size + keys(split.test).size);
  });

  it('counts what deduplication removed, under the source where each loss happened', () => {
    const a = split.counts.find((c) => c.source === 'a')!;
    const b = split.counts.find((c) => c.source === 'b')!;
    expect(a).toMatchObject({ rows: 1503, duplicates: 1, conflicting: 1, empty: 0 });
    expect(b).toMatchObject({ rows: 1503, duplicates: 2, conflicting: 0, empty: 1 });
    expect(a.train + a.test).toBe(1501);
    expect(b.train + b.test).toBe(1500);
    expect(split.train.concat(split.test).some((r) => r.text.startsWith('早餐'))).toBe(false);
  });

  it('holds out about a fifth of each source, the same way every run', () => {
    for (const c of split.counts) expect(c.test / (c.train + c.test)).toBeGreaterThan(0.17), expect(c.test / (c.train + c.test)).toBeLessThan(0.23);
    expect(splitCorpus([...rows].reverse()).test.map((r) => dedupKey(cleanText(r.text))).sort()).toEqual(split.test.map((r) => dedupKey(cleanText(r.text))).sort());
  });
});
