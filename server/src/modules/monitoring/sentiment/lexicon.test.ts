import { describe, expect, it } from 'vitest';
import { lexiconScore } from './lexicon.js';

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '-' : '0');

describe('lexiconScore', () => {
  it.each([
    ['街道办推诿扯皮，投诉三次没人管', '-'],
    ['社区及时回应，为民办实事，点赞', '+'],
    ['乱收费、不作为，态度恶劣', '-'],
    ['今天下午三点召开会议', '0'],
    // Negation flips the next sentiment word.
    ['满意', '+'],
    ['不满意', '-'],
    ['没有及时回应', '-'],
    ['没有人及时回应', '-'],
    ['没有推诿', '+'],
    ['不作为', '-'],
    // Two negations cancel.
    ['不是不好', '+'],
    // A span that only looks like a sentiment word or a negation does not fire.
    ['好像要下雨', '0'],
    ['出差住了一晚', '0'],
    ['不但如此', '0'],
  ])('%s → %s', (text, expected) => {
    expect(sign(lexiconScore(text))).toBe(expected);
  });

  it('lets a negation reach only a few characters and not past the end of a clause', () => {
    expect(lexiconScore('不，满意')).toBeGreaterThan(0);
    expect(lexiconScore('没有去过那个地方满意')).toBeGreaterThan(0);
  });

  it('scales by degree words: 非常 strengthens, 有点 weakens', () => {
    const plain = lexiconScore('满意');
    expect(lexiconScore('非常满意')).toBeGreaterThan(plain);
    expect(lexiconScore('有点满意')).toBeLessThan(plain);
    expect(lexiconScore('有点满意')).toBeGreaterThan(0);
    expect(lexiconScore('太差')).toBeLessThan(lexiconScore('差'));
  });

  it('softens a degree word after a negation and sharpens one before it', () => {
    expect(lexiconScore('不太满意')).toBeLessThan(0);
    expect(lexiconScore('不太满意')).toBeGreaterThan(lexiconScore('不满意'));
    expect(lexiconScore('很不好')).toBeLessThan(lexiconScore('不好'));
  });

  it('reads a negated negative word as weakly good', () => {
    expect(lexiconScore('不贵')).toBeGreaterThan(0);
    expect(lexiconScore('不贵')).toBeLessThan(-lexiconScore('贵'));
  });

  it('weights the clause after a contrast word more', () => {
    expect(lexiconScore('房间不错，服务差')).toBe(0);
    expect(lexiconScore('房间不错，但是服务差')).toBeLessThan(0);
    expect(lexiconScore('服务差，但是房间不错')).toBeGreaterThan(0);
  });

  it('stays in [-1, 1] however many words fire, and reads traditional and full-width text', () => {
    expect(lexiconScore('投诉'.repeat(200))).toBeGreaterThanOrEqual(-1);
    expect(lexiconScore('点赞'.repeat(200))).toBeLessThanOrEqual(1);
    expect(lexiconScore('服務態度很差')).toBe(lexiconScore('服务态度很差'));
    expect(lexiconScore('不满意！')).toBe(lexiconScore('不满意!'));
  });
});
