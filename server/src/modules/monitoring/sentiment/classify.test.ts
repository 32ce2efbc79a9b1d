import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, COMMITTED_MODEL_FILE, loadModel } from './classify.js';
import { parseModel } from './model-file.js';

describe('the committed model', () => {
  it.each([
    ['街道办推诿扯皮，投诉三次没人管', 'negative'],
    ['小区噪音扰民半年了，物业不作为，打12345也没用', 'negative'],
    ['拖欠农民工工资三个月，讨薪无门', 'negative'],
    ['社区及时回应，为民办实事，点赞', 'positive'],
    ['这家医院的服务态度非常好，医生很专业', 'positive'],
  ])('%s → %s', (text, label) => {
    expect(classify(text).label).toBe(label);
  });

  it('reads an empty line, or one that is only emoticons, as neutral 0', () => {
    expect(classify('')).toEqual({ label: 'neutral', score: 0 });
    expect(classify('[哈哈][哈哈]')).toEqual({ label: 'neutral', score: 0 });
  });

  it('is small, and says what it was trained on, under which licences, with its held-out figures', () => {
    expect(fs.statSync(COMMITTED_MODEL_FILE).size).toBeLessThan(2 * 1024 * 1024);
    const { provenance } = parseModel(fs.readFileSync(COMMITTED_MODEL_FILE, 'utf8'));
    const sources = provenance.sources as { file: string; licence: string; train: number; test: number }[];
    expect(sources.map((s) => s.file)).toEqual(['sentiment/ChnSentiCorp_train.tsv', 'sentiment/ChnSentiCorp_htl_all.csv', 'sentiment/waimai_10k.csv', 'sentiment/tdm_dev.csv']);
    for (const s of sources) expect(s.licence).not.toBe('');
    expect(provenance.notice).toMatch(/research and teaching only/);
    expect(provenance.heldOut).toEqual(expect.arrayContaining([expect.objectContaining({ set: 'all reviews' }), expect.objectContaining({ set: 'weibo_senti' })]));
  });

  it('can be replaced by another model file, as after retraining', () => {
    const model = loadModel(COMMITTED_MODEL_FILE);
    expect(model.weights.length).toBe(2 ** model.hashBits);
    expect(classify('点赞').score).toBeGreaterThan(0);
  });
});
