import { describe, expect, it } from 'vitest';
import { MODEL_FORMAT, parseModel, serialiseModel } from './model-file.js';
import { fnv1a } from './features.js';
import { predict, train, type TrainingExample } from './model.js';

const EXAMPLES: TrainingExample[] = [
  { text: '服务热情，办事高效，点赞', label: 'positive' },
  { text: '窗口工作人员很耐心，感谢', label: 'positive' },
  { text: '问题当天就解决了，满意', label: 'positive' },
  { text: '环境干净，流程方便', label: 'positive' },
  { text: '打了三次电话都没人管，推诿扯皮', label: 'negative' },
  { text: '态度恶劣，乱收费', label: 'negative' },
  { text: '拖了两个月还没办好，太失望了', label: 'negative' },
  { text: '排队两小时，效率低', label: 'negative' },
];
const OPTIONS = { hashBits: 12, epochs: 30, keepFeatures: 2000 };

describe('sentiment model', () => {
  const model = train(EXAMPLES, OPTIONS);

  it('learns a handful of examples', () => {
    for (const e of EXAMPLES) expect(predict(model, e.text).score * (e.label === 'positive' ? 1 : -1)).toBeGreaterThan(0);
  });

  it('comes back from its file bit for bit, and predicts the same', () => {
    const file = serialiseModel(model);
    expect(JSON.parse(file)).toMatchObject({ format: MODEL_FORMAT, provenance: { seed: model.provenance.seed, examples: EXAMPLES.length } });
    const loaded = parseModel(file);
    expect(loaded).toEqual(model);
    for (const text of [...EXAMPLES.map((e) => e.text), '没有人回应', '']) expect(predict(loaded, text)).toEqual(predict(model, text));
  });

  it('is the same model for the same seed and data', () => {
    const again = train(EXAMPLES, OPTIONS);
    expect(again.weights).toEqual(model.weights);
    expect(again.bias).toBe(model.bias);
  });

  it('gives no weight to an n-gram as common in positive texts as in negative ones', () => {
    const slotOf = (ngram: string) => fnv1a(ngram) % 2 ** OPTIONS.hashBits;
    const tagged = train(
      EXAMPLES.map((e) => ({ ...e, text: `${e.text}，囧` })),
      OPTIONS,
    );
    expect(tagged.weights[slotOf('囧')]).toBe(0);
    expect(tagged.weights[slotOf('点赞')]).toBeGreaterThan(0); // in one positive text only
    expect(tagged.weights[slotOf('扯皮')]).toBeLessThan(0);
  });

  it('keeps at most keepFeatures weights', () => {
    const small = train(EXAMPLES, { ...OPTIONS, keepFeatures: 10 });
    expect(small.weights.filter((w) => w !== 0).length).toBe(10);
  });

  it('scores in [-1, 1] and calls |score| inside the neutral band neutral', () => {
    for (const text of ['点赞点赞点赞感谢满意', '推诿扯皮乱收费', '今天开会']) {
      const { label, score } = predict(model, text);
      expect(Math.abs(score)).toBeLessThanOrEqual(1);
      expect(label).toBe(Math.abs(score) < model.neutralBand ? 'neutral' : score < 0 ? 'negative' : 'positive');
    }
  });

  it('reads an empty text, or one that is only emoticons, as neutral 0', () => {
    expect(predict(model, '')).toEqual({ label: 'neutral', score: 0 });
    expect(predict(model, ' [哈哈] ')).toEqual({ label: 'neutral', score: 0 });
  });

  it('pulls a text corrected to neutral towards 0', () => {
    const text = '窗口今天下午办理业务';
    const before = train([...EXAMPLES, { text, label: 'positive', weight: 5 }], OPTIONS);
    const after = train([...EXAMPLES, { text, label: 'neutral', weight: 5 }], OPTIONS);
    expect(Math.abs(predict(after, text).score)).toBeLessThan(predict(before, text).score);
    expect(predict(after, text).label).toBe('neutral');
  });

  it('refuses a file of another format or a truncated one', () => {
    const file = JSON.parse(serialiseModel(model));
    expect(() => parseModel(JSON.stringify({ ...file, format: 'other/1' }))).toThrow(/not a yuqing-sentiment\/1/);
    expect(() => parseModel(JSON.stringify({ ...file, weights: { ...file.weights, values: '' } }))).toThrow(/truncated/);
    expect(() => parseModel(JSON.stringify({ ...file, weights: { ...file.weights, slots: '' } }))).toThrow(/truncated/);
  });
});
