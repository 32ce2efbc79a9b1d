import { describe, expect, it } from 'vitest';
import { MAX_HITS } from './compiled-topic.js';
import { compileRule } from './evaluate.js';

const matches = (rule: string, title: string, text = '') => compileRule(rule).match({ title, text }).matched;

/** Hits as `field:written text`, for reading. */
function hits(rule: string, title: string, text = ''): string[] {
  return compileRule(rule)
    .match({ title, text })
    .hits.map((h) => `${h.field}:${(h.field === 'title' ? title : text).slice(h.start, h.end)}`);
}

type Case = [name: string, rule: string, title: string, text: string, matched: boolean];

describe('compileRule: matching', () => {
  const DESIGN = '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘';
  it.each<Case>([
    ['DESIGN: all in the title', DESIGN, '灞桥街道拆迁引发投诉', '', true],
    ['DESIGN: place in title, event in text', DESIGN, '灞桥区新闻', '居民反映拆迁补偿问题', true],
    ['DESIGN: excluded word anywhere', DESIGN, '灞桥街道拆迁', '同时招聘协管员', false],
    ['DESIGN: another place', DESIGN, '雁塔区拆迁投诉', '', false],
    ['DESIGN: place without event', DESIGN, '灞桥区春季植树', '', false],
    ['implicit AND', '灞桥 拆迁', '灞桥', '拆迁', true],
    ['implicit AND, one missing', '灞桥 拆迁', '灞桥', '投诉', false],
    ['Chinese OR', '灞桥 或 浐灞', '浐灞生态区', '', true],
    ['Chinese AND NOT', '灞桥 与 拆迁 非 招聘', '灞桥拆迁招聘', '', false],
    ['Chinese substring', '拆迁', '违规强制拆迁户', '', true],
    ['substring inside a longer place name', '灞桥', '西安市灞桥区', '', true],
    ['phrase with a space', '"灞桥 街道"', '灞桥 街道', '', true],
    ['phrase with a space, text without', '"灞桥 街道"', '灞桥街道', '', false],
    ['English phrase', '"new york"', 'New York City', '', true],
    ['English phrase, longer word', '"new york"', 'a new yorker', '', false],
    ['ASCII: AI is not in SAID', 'AI', 'He SAID so', '', false],
    ['ASCII: AI next to Chinese', 'AI', '发展AI芯片', '', true],
    ['ASCII: AI before punctuation', 'AI', '发展AI。', '', true],
    ['ASCII: AI is not in AIGC', 'AI', 'AIGC应用', '', false],
    ['ASCII: full-width ＡＩ', 'ai', '发展ＡＩ产业', '', true],
    ['ASCII: rule in full width', 'ＡＩ', 'ai', '', true],
    ['ASCII: 5G in 5G网络', '5G', '5G网络覆盖', '', true],
    ['ASCII: 5G not in 15G', '5G', '流量15G', '', false],
    ['ASCII: COVID-19', 'COVID-19', 'covid-19疫情', '', true],
    ['ASCII: c++ ends in punctuation', 'c++', 'C++程序', '', true],
    ['ASCII: mixed term checks its ASCII edge only', 'AI芯片', '国产AI芯片', '', true],
    ['ASCII: mixed term, word before', 'AI芯片', 'OpenAI芯片', '', false],
    ['NOT inside parentheses: neither', '灞桥 (拆迁 OR NOT 招聘)', '灞桥新闻', '', true],
    ['NOT inside parentheses: excluded', '灞桥 (拆迁 OR NOT 招聘)', '灞桥招聘', '', false],
    ['NOT inside parentheses: rescued by OR', '灞桥 (拆迁 OR NOT 招聘)', '灞桥招聘拆迁', '', true],
    ['NOT of a group', '灞桥 NOT (招聘 OR 广告)', '灞桥广告位', '', false],
    ['NOT of an AND: only one', '灞桥 NOT (招聘 拆迁)', '灞桥招聘', '', true],
    ['NOT of an AND: both', '灞桥 NOT (招聘 拆迁)', '灞桥招聘拆迁', '', false],
    ['double NOT', '灞桥 NOT NOT 拆迁', '灞桥拆迁', '', true],
    ['double NOT, missing', '灞桥 NOT NOT 拆迁', '灞桥', '', false],
    ['OR binds loosest', '灞桥 OR 浐灞 NOT 招聘', '灞桥招聘', '', true],
    ['OR binds loosest, other branch', '灞桥 OR 浐灞 NOT 招聘', '浐灞招聘', '', false],
    ['title: in title', 'title:灞桥 拆迁', '灞桥新闻', '拆迁', true],
    ['title: only in text', 'title:灞桥 拆迁', '新闻', '灞桥拆迁', false],
    ['text: only in title', 'text:投诉', '投诉', '', false],
    ['text: in text', 'text:投诉', '', '市民投诉', true],
    ['标题: group', '标题:(灞桥 OR 浐灞)', '浐灞', '', true],
    ['title:(NOT x) is about the title only', '灞桥 title:(NOT 招聘)', '灞桥', '招聘', true],
    ['title:(NOT x), in title', '灞桥 title:(NOT 招聘)', '灞桥招聘', '', false],
    ['empty item', '灞桥', '', '', false],
  ])('%s', (_name, rule, title, text, matched) => expect(matches(rule, title, text)).toBe(matched));

  it('treats null and missing fields as empty', () => {
    const matcher = compileRule('灞桥');
    expect(matcher.match({ title: null, text: '灞桥' }).matched).toBe(true);
    expect(matcher.match({ text: '灞桥' }).matched).toBe(true);
    expect(matcher.match({}).matched).toBe(false);
  });
});

describe('compileRule: NEAR/n counts the characters between the two terms', () => {
  it.each<[string, string, string, boolean]>([
    ['灞桥 NEAR/2 拆迁', '灞桥拆迁', 'gap 0', true],
    ['灞桥 NEAR/2 拆迁', '灞桥附近拆迁', 'gap 2', true],
    ['灞桥 NEAR/2 拆迁', '灞桥区附近拆迁', 'gap 3', false],
    ['灞桥 NEAR/2 拆迁', '拆迁在灞桥', 'either order', true],
    ['灞桥 NEAR/2 拆迁', '拆迁，在这灞桥', 'either order, gap 3', false],
    ['灞桥 NEAR/0 拆迁', '灞桥拆迁', 'NEAR/0 adjacent', true],
    ['灞桥 NEAR/0 拆迁', '灞桥 拆迁', 'NEAR/0 and a space', false],
    ['灞桥 NEAR/1 拆迁', '灞桥，拆迁', 'punctuation counts', true],
    ['灞桥 NEAR/0 桥街', '灞桥街', 'overlap is distance 0', true],
    ['拆迁 NEAR/3 拆迁', '拆迁', 'a term is not near itself', false],
    ['拆迁 NEAR/3 拆迁', '拆迁后再拆迁', 'two occurrences', true],
    ['灞桥 NEAR/5 拆迁', '灞桥在很远很远很远的地方，拆迁在这里；灞桥再拆迁', 'second pair', true],
    ['"灞桥街道" NEAR/4 "强制 拆迁"', '灞桥街道出现强制 拆迁', 'phrases', true],
    ['ai NEAR/1 chip', 'AI chip', 'ASCII with one space', true],
    ['ai NEAR/1 chip', 'AI big chip', 'ASCII, a word between', false],
    ['灞桥 NEAR/3 拆迁 NOT 招聘', '灞桥的拆迁', 'inside AND NOT', true],
  ])('%s on %s (%s)', (rule, title, _why, matched) => expect(matches(rule, title)).toBe(matched));

  it('needs both terms in the same field', () => {
    expect(matches('灞桥 NEAR/5 拆迁', '灞桥', '拆迁')).toBe(false);
    expect(matches('title:(灞桥 NEAR/5 拆迁)', '新闻', '灞桥拆迁')).toBe(false);
    expect(matches('title:(灞桥 NEAR/5 拆迁)', '灞桥拆迁', '')).toBe(true);
    expect(matches('text:(灞桥 NEAR/5 拆迁)', '灞桥拆迁', '灞桥的拆迁')).toBe(true);
  });
});

describe('compileRule: hits', () => {
  it('gives every occurrence of the positive terms, title first', () => {
    expect(hits('(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘', '灞桥街道拆迁', '投诉灞桥')).toEqual([
      'title:灞桥',
      'title:灞桥街道',
      'title:拆迁',
      'text:投诉',
      'text:灞桥',
    ]);
  });

  it('has offsets into the text as written and the term as the rule wrote it', () => {
    const result = compileRule('ＡＩ 灞桥').match({ title: '', text: '发展ai与灞桥' });
    expect(result.hits).toEqual([
      { term: 'ＡＩ', field: 'text', start: 2, end: 4 },
      { term: '灞桥', field: 'text', start: 5, end: 7 },
    ]);
  });

  it('maps offsets back where normalising changes the length (… → ..., ℃ → °C)', () => {
    const text = '……灞桥气温38℃，拆迁';
    const result = compileRule('灞桥 "38℃" 拆迁').match({ text });
    expect(result.hits.map((h) => text.slice(h.start, h.end))).toEqual(['灞桥', '38℃', '拆迁']);
  });

  it('leaves out negated terms', () => {
    expect(hits('灞桥 NOT (招聘 拆迁)', '灞桥招聘')).toEqual(['title:灞桥']);
  });

  it('gives only the NEAR occurrences within the distance', () => {
    expect(hits('灞桥 NEAR/1 拆迁', '灞桥拆迁，远处的灞桥')).toEqual(['title:灞桥', 'title:拆迁']);
  });

  it('is empty when the rule does not match', () => {
    expect(compileRule('灞桥 拆迁').match({ title: '灞桥' })).toEqual({ matched: false, hits: [] });
  });

  it('stops at MAX_HITS', () => {
    const result = compileRule('的').match({ text: '的'.repeat(2000) });
    expect(result.matched).toBe(true);
    expect(result.hits).toHaveLength(MAX_HITS);
    expect(result.hits[MAX_HITS - 1]).toMatchObject({ start: MAX_HITS - 1 });
  });

  it('counts a term written twice once', () => {
    expect(hits('灞桥 OR (灞桥 拆迁) OR "灞桥"', '灞桥')).toEqual(['title:灞桥']);
  });
});

describe('compileRule: normalize option', () => {
  const toSimplified = (s: string) => s.normalize('NFKC').replace(/橋/g, '桥').replace(/遷/g, '迁').toLowerCase();

  it('applies it to terms and text alike', () => {
    const matcher = compileRule('灞桥 拆遷', { normalize: toSimplified });
    expect(matcher.match({ title: '灞橋拆迁' }).matched).toBe(true);
    expect(compileRule('灞桥 拆遷').match({ title: '灞橋拆迁' }).matched).toBe(false);
  });

  it('refuses a term that normalises to nothing', () => {
    expect(() => compileRule('灞桥 "~"', { normalize: (s) => s.replace(/~/g, '') })).toThrow(expect.objectContaining({ code: 'empty_phrase', position: 3 }));
  });
});
