import { describe, expect, it } from 'vitest';
import { previewRule, type PreviewItem } from './preview.js';

const items: PreviewItem<number>[] = [
  { id: 1, title: '灞桥街道拆迁', text: null, publishedAt: '2026-03-01T08:00:00+08:00' },
  { id: 2, title: '灞桥招聘', text: '拆迁办招聘', publishedAt: '2026-03-02T08:00:00+08:00' },
  { id: 3, title: '天气', text: '晴', publishedAt: '2026-03-03T08:00:00+08:00' },
  { id: 4, title: '投诉', text: '灞桥居民投诉噪音', publishedAt: new Date('2026-03-04T08:00:00+08:00') },
  { id: 5, title: '灞桥拆迁', text: '', publishedAt: null },
  { id: 6, title: '老新闻', text: '灞桥拆迁', publishedAt: '2026-02-01T08:00:00+08:00' },
];
const DESIGN = '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘';

describe('previewRule', () => {
  it('counts matches and samples the newest first with hits, undated last', () => {
    const preview = previewRule(DESIGN, items);
    expect(preview.scanned).toBe(6);
    expect(preview.matched).toBe(4);
    expect(preview.sample.map((s) => s.id)).toEqual([4, 1, 6, 5]);
    expect(preview.sample[0].hits).toEqual([
      { term: '投诉', field: 'title', start: 0, end: 2 },
      { term: '灞桥', field: 'text', start: 0, end: 2 },
      { term: '投诉', field: 'text', start: 4, end: 6 },
    ]);
  });

  it('limits the sample and skips what is older than since', () => {
    const preview = previewRule(DESIGN, items, { sampleSize: 1, since: new Date('2026-02-25T00:00:00+08:00') });
    expect(preview).toMatchObject({ scanned: 5, matched: 3, sample: [{ id: 4 }] });
  });

  it('takes any iterable, and throws on a bad rule', () => {
    expect(previewRule('灞桥', new Set(items)).matched).toBe(5);
    expect(() => previewRule('灞桥 AND', items)).toThrow(expect.objectContaining({ code: 'dangling_operator', position: 3 }));
  });
});
