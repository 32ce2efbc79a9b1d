import { describe, expect, it } from 'vitest';
import { canonicalForDedup } from './canonical.js';
import { normalizeText } from './normalize.js';

const canonical = (text: string) => canonicalForDedup(normalizeText(text));
const STORY = '【#南京地铁新线开通#】今天，南京地铁7号线正式开通运营，全长35公里。';
const STORY_CANONICAL = '南京地铁新线开通今天南京地铁7号线正式开通运营全长35公里';

describe('canonicalForDedup', () => {
  it('keeps letters and digits of a plain story, ASCII lower-cased', () => expect(canonical(STORY)).toBe(STORY_CANONICAL));

  it.each<[string, string]>([
    ['转发微博 in front', `转发微博 ${STORY}`],
    ['【转】 in front', `【转】${STORY}`],
    ['转： in front', `转：${STORY}`],
    ['Repost in front', `Repost ${STORY}`],
    ['转发了@某某的微博', `转发了 @央视新闻 的微博：${STORY}`],
    ['a //@ chain of comments in front', `说得好！//@用户123:转发微博//@某地发布: ${STORY}`],
    ['a chain whose last voice says nothing', `${STORY}//@用户123:[赞][赞]`],
    ['a reply prefix', `回复@用户9:${STORY}`],
    ['the 【】 taken off the headline', '南京地铁新线开通：今天，南京地铁7号线正式开通运营，全长35公里。'],
    ['punctuation and spacing changed', '【#南京地铁新线开通#】 今天 , 南京地铁7号线正式开通运营 全长35公里!!'],
    ['emoticon codes and emoji', `${STORY}[赞][doge]👍🏻❤️`],
    ['a link added', `${STORY} http://t.cn/A6abc123 `],
    ['a trailing source line', `${STORY}\n来源：人民日报`],
    ['a bracketed source', `${STORY}（来源：新华社）`],
    ['a source and an editor', `${STORY} 来源：澎湃新闻 责任编辑：王某`],
    ['the original title after it', `${STORY}原标题：南京地铁7号线开通`],
    ['a credit whose colon became a space', `${STORY} 来源 华商报`],
    ['a credit cut off after its word', `${STORY}责任编辑`],
    ['a credit with spaces inside its words', `${STORY} 原 标题：南京地铁7号线开通`],
    ['Weibo page labels', `${STORY} 网页链接 的 微博视频 ...展开全文`],
    ['traditional characters', '【#南京地鐵新線開通#】今天，南京地鐵7號線正式開通運營，全長35公里。'],
  ])('strips %s', (_name, text) => expect(canonical(text)).toBe(STORY_CANONICAL));

  it.each<[string, string, string]>([
    ['a credit word early in a long text', `记者：请问地铁何时开通？答：南京地铁7号线今天正式开通运营，全长35公里，共设19座车站，沿线串联多个片区，市民出行更加便利。`, '记者请问地铁何时开通答南京地铁7号线今天正式开通运营全长35公里共设19座车站沿线串联多个片区市民出行更加便利'],
    ['a text that is only a credit', '来源：人民日报', '来源人民日报'],
    ['Latin words, lower-cased', 'NBA Finals 2020', 'nbafinals2020'],
    ['the account named on a video card (the same on every copy of the card)', `${STORY} 央视新闻的微博视频`, `${STORY_CANONICAL}央视新闻`],
    ['a hashtag-only post', '#好久不见# #武汉你早啊#', '好久不见武汉你早啊'],
  ])('keeps %s', (_name, text, expected) => expect(canonical(text)).toBe(expected));

  it.each<[string, string]>([
    ['a bare repost', '转发微博'],
    ['emoticons only', '[赞][赞][赞]'],
    ['a link only', 'https://weibo.com/1234/abc'],
    ['nothing', ''],
  ])('is empty for %s', (_name, text) => expect(canonical(text)).toBe(''));

  it('keeps what differs between two stories that share boilerplate', () => {
    const a = canonical('【#疫情防控#】西安新增确诊病例2例。来源：西安发布');
    const b = canonical('【#疫情防控#】咸阳全市中小学下周一开学。来源：西安发布');
    expect(a).toBe('疫情防控西安新增确诊病例2例');
    expect(b).toBe('疫情防控咸阳全市中小学下周一开学');
  });
});
