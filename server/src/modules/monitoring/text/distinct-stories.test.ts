import { describe, expect, it } from 'vitest';
import { distinctStories } from './distinct-stories.js';

describe('distinctStories', () => {
  it('keeps the first text of each story, by trigram Jaccard ≥ 0.5', () => {
    const texts = [
      '南京地铁七号线今天正式开通运营',
      '南京地铁七号线今天正式开通运营了', // 13 of 14 trigrams shared: the same story
      '杭州亚运会场馆全部完工验收',
      '南京地铁八号线明天开始试运行',
      '',
      '杭州亚运会场馆全部完工验收',
    ];
    expect(distinctStories(texts, 10)).toEqual([0, 2, 3]);
  });

  it('stops at the limit', () => expect(distinctStories(['甲乙丙丁', '戊己庚辛', '壬癸子丑'], 2)).toEqual([0, 1]));
});
