import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseModel } from './model-file.js';
import { predict } from './model.js';
import { KIND_SHARES, kindBalancedExamples, trainSentimentCommand } from './train-command.js';
import { writeCorpora } from './test-corpora.js';

describe('yuqing text train-sentiment', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-sentiment-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeCorpora(dir);

  it('trains on the corpora and staff corrections, and writes a model that says so', async () => {
    const out = path.join(dir, 'out', 'model.json');
    const printed: string[] = [];
    const corrections = [
      { text: '窗口下午三点开门', label: 'neutral' as const },
      { text: '网格员上门解决了漏水', label: 'positive' as const },
      { text: '网格员上门解决了漏水！', label: 'negative' as const }, // the same text corrected again: the last counts
    ];
    const result = await trainSentimentCommand({ corporaDir: dir, out, corrections, train: { hashBits: 14, epochs: 20 }, log: (t) => printed.push(t) });

    const model = parseModel(fs.readFileSync(out, 'utf8'));
    const p = model.provenance as Record<string, any>;
    expect(p.sources.map((s: { file: string }) => s.file)).toEqual(['sentiment/ChnSentiCorp_train.tsv', 'sentiment/ChnSentiCorp_htl_all.csv', 'sentiment/waimai_10k.csv', 'sentiment/tdm_dev.csv']);
    expect(p.sources[0]).toMatchObject({ licence: 'Baidu LUGE: research/teaching only', rows: 120 });
    for (const s of p.sources) expect(s.train + s.test + s.duplicates + s.conflicting + s.empty).toBe(120);
    expect(p.corrections).toMatchObject({ count: 2, reproduced: result.correctionsReproduced });
    expect(p.heldOut.map((r: { set: string }) => r.set)).toEqual(['chnsenticorp', 'chnsenticorp_htl', 'waimai', 'weibo_senti', 'all reviews']);

    expect(predict(model, '网格员上门解决了漏水').label).toBe('negative');
    expect(result.correctionsReproduced).toBe(2);
    expect(result.heldOut.find((r) => r.set === 'all reviews')!.model.accuracy).toBeGreaterThan(0.9);
    expect(printed.join('\n')).toMatch(/\| held-out set \|[\s\S]*\| all reviews \|[\s\S]*staff corrections: 2/);
  });

  it('names the file and line of a row it cannot read', async () => {
    fs.appendFileSync(path.join(dir, 'sentiment', 'waimai_10k.csv'), 'maybe,外卖还行\n');
    await expect(trainSentimentCommand({ corporaDir: dir, out: path.join(dir, 'x.json'), log: () => {} })).rejects.toThrow(/waimai_10k\.csv:122: unknown label "maybe"/);
  });

  it('gives each kind its share of the training weight, however many texts it has', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => ({ source: 'waimai', text: `外卖${i}`, label: 'positive' as const })),
      ...Array.from({ length: 2 }, (_, i) => ({ source: 'weibo_senti', text: `微博${i}`, label: 'negative' as const })),
    ];
    const cases: [typeof rows, Record<string, number>][] = [
      [rows, { 外卖: KIND_SHARES.review * 8, 微博: KIND_SHARES.weibo * 8 }],
      [rows.slice(0, 6), { 外卖: 6 }], // one kind alone carries all of it
    ];
    for (const [input, expected] of cases) {
      const total: Record<string, number> = {};
      for (const e of kindBalancedExamples(input)) total[e.text.slice(0, 2)] = (total[e.text.slice(0, 2)] ?? 0) + e.weight!;
      for (const [kind, weight] of Object.entries(expected)) expect(total[kind]).toBeCloseTo(weight, 9);
    }
  });
});
