import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseModel } from './model-file.js';
import { predict } from './model.js';
import { trainSentimentCommand } from './train-command.js';

const GOOD = ['服务热情周到', '办事效率高', '环境干净整洁', '工作人员很耐心', '问题很快解决了', '流程方便快捷'];
const BAD = ['态度恶劣', '排队太久效率低', '推诿扯皮没人管', '乱收费', '脏乱差', '拖了很久没办好'];
/** Sixty distinct texts per polarity, so each file gets a held-out part. */
const texts = (words: string[]) => Array.from({ length: 60 }, (_, i) => `第${i}次来，${words[i % words.length]}`);

/** A corpora folder in the four formats of ../shared/corpora/sentiment, with small made-up content. */
function writeCorpora(dir: string) {
  const sentiment = path.join(dir, 'sentiment');
  fs.mkdirSync(sentiment, { recursive: true });
  const rows = [...texts(GOOD).map((t) => [t, 1] as const), ...texts(BAD).map((t) => [t, 0] as const)];
  fs.writeFileSync(path.join(sentiment, 'ChnSentiCorp_train.tsv'), rows.map(([t, l]) => `酒店${t}\t${l ? 'positive' : 'negative'}\n`).join(''));
  fs.writeFileSync(path.join(sentiment, 'ChnSentiCorp_htl_all.csv'), `label,review\n${rows.map(([t, l]) => `${l},"宾馆""${t}"",还行"\n`).join('')}`);
  fs.writeFileSync(path.join(sentiment, 'waimai_10k.csv'), `label,review\r\n${rows.map(([t, l]) => `${l},外卖${t}\r\n`).join('')}`);
  fs.writeFileSync(path.join(sentiment, 'tdm_dev.csv'), `label\tx_valid\n${rows.map(([t, l]) => `${l}\t微博${t}[${l ? '哈哈' : '怒'}]\n`).join('')}`);
}

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
});
