import { describe, expect, it } from 'vitest';
import { alignNormalized, defaultNormalize, foldWidth } from './normalize.js';

describe('defaultNormalize', () => {
  it.each<[string, string]>([
    ['ＡＩ与５Ｇ', 'ai与5g'],
    ['Ｈｅｌｌｏ　World', 'hello world'],
    ['灞桥（街道）', '灞桥(街道)'],
    ['……', '......'],
    ['38℃', '38°c'],
    ['①', '1'],
    ['ÉCOLE', 'École'], // only ASCII is lower-cased
    ['e\u0301', 'é'],
  ])('%s → %s', (input, output) => expect(defaultNormalize(input)).toBe(output));
});

describe('foldWidth', () => {
  it('keeps offsets', () => {
    const rule = '（灞桥　ＯＲ　浐灞）＂';
    expect(foldWidth(rule)).toBe('(灞桥 OR 浐灞)"');
    expect(foldWidth(rule).length).toBe(rule.length);
  });
});

describe('alignNormalized', () => {
  const spans = (original: string) => {
    const aligned = alignNormalized(original, defaultNormalize, new Map());
    return { text: aligned.text, map: (s: number, e: number) => original.slice(...aligned.toOriginal(s, e)) };
  };

  it('keeps offsets when the length does not change', () => {
    const { text, map } = spans('ＡＩ灞桥');
    expect(text).toBe('ai灞桥');
    expect(map(2, 4)).toBe('灞桥');
  });

  it('maps back through expansions and combining marks', () => {
    const { text, map } = spans('……灞桥e\u0301𠀀38℃拆迁');
    expect(text).toBe('......灞桥é𠀀38°c拆迁');
    expect(map(6, 8)).toBe('灞桥');
    expect(map(8, 9)).toBe('e\u0301');
    expect(map(9, 11)).toBe('𠀀');
    expect(map(11, 15)).toBe('38℃');
    expect(map(13, 14)).toBe('℃'); // half of an expansion maps to the whole character
    expect(map(15, 17)).toBe('拆迁');
  });
});
