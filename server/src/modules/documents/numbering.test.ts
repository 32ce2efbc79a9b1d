import { describe, expect, it } from 'vitest';
import { chineseNumber, createHeadingCounter, headingLabel, normaliseDocNumber, officialDate, stripTypedLabel } from './numbering.js';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
  ])('%i → %s', (n, s) => expect(chineseNumber(n)).toBe(s));

  it('refuses what headings never need', () => {
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
  });
});

describe('headings', () => {
  it.each([
    [1, 3, '三、'],
    [2, 12, '（十二）'],
    [3, 4, '4.'],
    [4, 2, '（2）'],
    [1, 1000, '1000、'],
  ] as const)('level %i number %i → %s', (level, n, label) => expect(headingLabel(level, n)).toBe(label));

  it('restarts the levels below a heading and counts on at its own level', () => {
    const next = createHeadingCounter();
    const labels = [1, 2, 3, 3, 4, 2, 3, 1, 2, 4].map((l) => next(l as 1 | 2 | 3 | 4));
    expect(labels).toEqual(['一、', '（一）', '1.', '2.', '（1）', '（二）', '1.', '二、', '（一）', '（1）']);
  });

  it.each([
    ['一、总体情况', '总体情况'],
    ['（二）压实责任', '压实责任'],
    ['(三) 半角括号', '半角括号'],
    ['3. 健全机制', '健全机制'],
    ['（4）报送', '报送'],
    ['2026年工作', '2026年工作'],
    ['3.5万条信息', '3.5万条信息'],
    ['十分重视', '十分重视'],
  ])('strips a typed label: %s → %s', (typed, text) => expect(stripTypedLabel(typed)).toBe(text));
});

describe('officialDate', () => {
  it.each([
    ['2026-11-29', '2026年11月29日'],
    ['2026-01-05', '2026年1月5日'],
    ['2026年3月5日', '2026年3月5日'],
  ])('%s → %s', (iso, text) => expect(officialDate(iso)).toBe(text));
});

describe('normaliseDocNumber', () => {
  it.each([
    ['某发〔2026〕6号', '某发〔2026〕6号'],
    ['某发[2026]06号', '某发〔2026〕6号'],
    ['某发（2026）006号', '某发〔2026〕6号'],
    ['某发【2026】 10 号', '某发〔2026〕10号'],
    ['灞街办字(2026)1号', '灞街办字〔2026〕1号'],
    ['  某函〔2026〕20号 ', '某函〔2026〕20号'],
    ['无年份的字号', '无年份的字号'],
  ])('%s → %s', (typed, text) => expect(normaliseDocNumber(typed)).toBe(text));
});
