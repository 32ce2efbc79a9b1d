import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency } from './idf.js';
import { normalizeText } from './normalize.js';
import { isKeywordCandidate, Segmenter, UnitSegmenters } from './segment.js';
import { isContentToken } from './stopwords.js';

const TEXT = normalizeText('灞桥街道纺织城社区居民投诉拆迁补偿不到位，街道办回应称将尽快解决拆迁问题。');

describe('Segmenter', () => {
  it('cuts with jieba, whitespace dropped', () => {
    expect(Segmenter.base().cut('西安市 灞桥区召开舆情工作会议')).toEqual(['西安市', '灞桥区', '召开', '舆情', '工作', '会议']);
  });

  it('keeps user words whole, normalised, and only in the segmenter that has them', () => {
    const unit = Segmenter.withWords(['灞橋街道', '纺织城社区', 'x', '两 个词']);
    expect(unit.userWords).toEqual(new Set(['灞桥街道', '纺织城社区']));
    expect(unit.cut(TEXT).slice(0, 2)).toEqual(['灞桥街道', '纺织城社区']);
    expect(Segmenter.base().cut(TEXT).slice(0, 4)).toEqual(['灞桥', '街道', '纺织城', '社区']);
    expect(Segmenter.withWords(['席王街道']).cut(TEXT).slice(0, 4)).toEqual(['灞桥', '街道', '纺织城', '社区']);
  });

  it('adds words at run time without a rebuild', () => {
    const unit = Segmenter.withWords(['灞桥街道']);
    expect(unit.cut(TEXT).slice(0, 3)).toEqual(['灞桥街道', '纺织城', '社区']);
    unit.addWords(['纺织城社区']);
    expect(unit.cut(TEXT).slice(0, 2)).toEqual(['灞桥街道', '纺织城社区']);
  });

  it('refuses user words on the shared base segmenter', () => {
    expect(() => Segmenter.base().addWords(['灞桥街道'])).toThrow(/shared/);
  });

  it('gives terms without stopwords and punctuation', () => {
    expect(Segmenter.base().terms('我们的街道办已经回应了，“拆迁”问题！')).toEqual(['街道办', '回应', '拆迁', '问题']);
  });

  it('ranks keywords by TF-IDF: repeated and rare words first, figures and single characters never', () => {
    const keywords = Segmenter.withWords(['灞桥街道', '纺织城社区']).keywords(`${TEXT} 2020年`, 4);
    expect(keywords.map((k) => k.word)).toEqual(['拆迁', '灞桥街道', '纺织城社区', '街道办']);
    expect(keywords[0].weight).toBeGreaterThan(keywords[1].weight);
    expect(Segmenter.base().keywords('', 5)).toEqual([]);
  });
});

describe('UnitSegmenters', () => {
  it('gives units without words the base segmenter', () => {
    expect(new UnitSegmenters().get('unit-1', [])).toBe(Segmenter.base());
  });

  it('keeps one segmenter per unit, grows it in place, rebuilds it when a word goes', () => {
    const units = new UnitSegmenters();
    const first = units.get('unit-1', ['灞桥街道']);
    const other = units.get('unit-2', ['灞桥街道']);
    expect(other).not.toBe(first);
    const grown = units.get('unit-1', ['灞桥街道', '纺织城社区']);
    expect(grown).toBe(first);
    expect(other.cut(TEXT).slice(0, 3)).toEqual(['灞桥街道', '纺织城', '社区']);
    const shrunk = units.get('unit-1', ['纺织城社区']);
    expect(shrunk).not.toBe(first);
    expect(shrunk.cut(TEXT).slice(0, 3)).toEqual(['灞桥', '街道', '纺织城社区']);
  });

  it('drops the least recently used unit beyond its capacity, counting only units with words', () => {
    const units = new UnitSegmenters(2);
    const a = units.get('a', ['灞桥街道']);
    const b = units.get('b', ['灞桥街道']);
    units.get('no words', []);
    expect(units.get('b', ['灞桥街道'])).toBe(b);
    expect(units.get('a', ['灞桥街道'])).toBe(a);
    units.get('c', ['灞桥街道']);
    expect(units.get('a', ['灞桥街道'])).toBe(a);
    expect(units.get('b', ['灞桥街道'])).not.toBe(a);
  });
});

describe('stopwords and IDF', () => {
  it.each<[string, boolean]>([
    ['的', false],
    ['我们', false],
    ['，', false],
    ['😂', false],
    ['拆迁', true],
    ['2020', true],
  ])('content token %s: %s', (token, expected) => expect(isContentToken(token)).toBe(expected));

  it.each<[string, boolean]>([
    ['拆迁', true],
    ['A股', true],
    ['2020', false],
    ['0.13%', false],
    ['拆', false],
  ])('keyword candidate %s: %s', (term, expected) => expect(isKeywordCandidate(term)).toBe(expected));

  it('weighs common words low and words never seen highest', () => {
    expect(inverseDocumentFrequency('中国')).toBeLessThan(inverseDocumentFrequency('拆迁'));
    expect(inverseDocumentFrequency('拆迁')).toBeLessThan(inverseDocumentFrequency('纺织城社区'));
    expect(inverseDocumentFrequency('纺织城社区')).toBe(inverseDocumentFrequency('从未见过的词'));
  });
});
