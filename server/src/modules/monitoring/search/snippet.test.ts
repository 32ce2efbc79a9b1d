import { describe, expect, it } from 'vitest';
import { buildSnippet } from './snippet.js';

const joined = (s: { text: string }[]) => s.map((x) => x.text).join('');
const hits = (s: { text: string; hit: boolean }[]) => s.filter((x) => x.hit).map((x) => x.text);

describe('buildSnippet', () => {
  it.each([
    ['居民反映拆迁补偿不到位', '拆迁', ['拆迁']],
    ['舆情监测：舆情通报', '舆情', ['舆情', '舆情']],
    ['灞桥街道 拆迁', '灞桥 拆迁', ['灞桥', '拆迁']],
    ['ＡＢＣ公司', 'abc', ['ABC']],
    ['沒有命中', '拆迁', []],
  ])('%s / %s marks %j', (text, query, expected) => {
    const s = buildSnippet(text, query);
    expect(hits(s)).toEqual(expected);
  });

  it('cuts a long text around the first hit and marks the cuts', () => {
    const text = `${'前'.repeat(300)}关键拆迁词${'后'.repeat(300)}`;
    const s = buildSnippet(text, '拆迁', 60);
    expect(joined(s)).toMatch(/^…前+关键拆迁词后+…$/);
    expect(hits(s)).toEqual(['拆迁']);
    expect(joined(s).length).toBeLessThanOrEqual(62);
  });

  it('keeps markup as text', () => {
    expect(joined(buildSnippet('<b>拆迁</b>', '拆迁'))).toBe('<b>拆迁</b>');
  });
});
