import { describe, expect, it } from 'vitest';
import { NearDupIndex } from './near-dup.js';
import { normalizeText } from './normalize.js';

const STORY = '【#南京地铁新线开通#】今天，南京地铁7号线正式开通运营，全长35公里，共设19座车站，市民出行更加便利。';
const TITLE = '男子醉酒后不慎将5岁男孩撞下楼摔断腿';

/** Groups of `texts` assigned in order by a fresh index, each text's own group being its index. */
function groups(texts: string[], options = {}): number[] {
  const index = new NearDupIndex<number>(options);
  return texts.map((text, i) => index.assign(normalizeText(text), i));
}

describe('NearDupIndex', () => {
  it.each<[string, string, string]>([
    ['a 转发 prefix', STORY, `转发微博 ${STORY}`],
    ['a //@ chain', STORY, `这也太好了//@用户1:支持//@用户2:${STORY}`],
    ['a trailing source line', STORY, `${STORY}\n来源：人民日报 责任编辑：李某`],
    ['changed punctuation and spacing', STORY, STORY.replace(/，/g, ' ').replace('。', '!!')],
    ['emoticons and a link', STORY, `${STORY}[赞][赞] http://t.cn/A6xYz12`],
    ['a changed character in a long post', STORY, STORY.replace('便利', '便捷')],
    ['a changed character in a headline', TITLE, '男子醉酒后不幸将5岁男孩撞下楼摔断腿'],
    ['a headline cut to 90%', TITLE, `${TITLE.slice(0, 15)}...`],
    ['a post cut inside a figure', `${STORY}总投资约235亿元`, `${STORY}总投资约2...展开全文`],
    ['traditional characters', STORY, '【#南京地鐵新線開通#】今天，南京地鐵7號線正式開通運營，全長35公里，共設19座車站，市民出行更加便利。'],
  ])('joins a repost with %s to its original', (_name, original, repost) => {
    expect(groups([original, repost])).toEqual([0, 0]);
    expect(groups([repost, original])).toEqual([0, 0]);
  });

  it.each<[string, string, string]>([
    ['the same topic header', '【#疫情防控#】西安今日新增确诊病例2例，均为境外输入。', '【#疫情防控#】咸阳全市中小学下周一起分批开学复课。'],
    ['the same credit line', '南京地铁7号线正式开通运营。来源：人民日报 责任编辑：李某', '杭州亚运会场馆全部完工验收。来源：人民日报 责任编辑：李某'],
    ['the same //@ comment', '说得好//@用户1:南京地铁7号线正式开通运营', '说得好//@用户1:杭州亚运会场馆全部完工验收'],
    ['a template with other figures', '3月5日0—24时，31个省（自治区、直辖市）报告新增确诊病例143例，新增死亡病例31例。', '3月6日0—24时，31个省（自治区、直辖市）报告新增确诊病例139例，新增死亡病例28例。'],
    ['half its words', '西安地铁14号线今日开通运营，沿线居民出行更方便', '西安地铁14号线今日暂停运营，因设备故障正在抢修'],
  ])('keeps two stories with %s apart', (_name, a, b) => expect(groups([a, b])).toEqual([0, 1]));

  it('finds fingerprints further apart with a wider probing radius', () => {
    // Two changed characters in 18 move this headline's fingerprint 14 bits: beyond the 11 that radius 2 guarantees.
    const edited = '男子醉酒后不幸将5岁男孩撞下楼摔伤腿';
    expect(groups([TITLE, edited], { probeRadius: 2 })).toEqual([0, 1]);
    expect(groups([TITLE, edited], { probeRadius: 3 })).toEqual([0, 0]);
  });

  it('joins identical short texts only', () => {
    expect(groups(['地铁开通了', '地铁开通了！', '地铁开通啦', '[赞][赞]', '[赞][赞]', '[赞]'])).toEqual([0, 0, 2, 3, 3, 5]);
  });

  it('gives a blank text a group of its own', () => expect(groups(['', '', STORY, ''])).toEqual([0, 1, 2, 3]));

  it('keeps a group once given, and a late original joins its first repost', () => {
    const texts = [`转发微博 ${STORY}`, TITLE, STORY, `${STORY}[赞]`, `转发 ${TITLE}`];
    expect(groups(texts)).toEqual([0, 1, 0, 0, 1]);
  });

  it('joins a text to a group whose figures it states, not to a closer one with others', () => {
    const index = new NearDupIndex<string>();
    index.assign(normalizeText(STORY.replace('19座', '21座')), 'a');
    index.assign(normalizeText(STORY), 'b');
    expect(index.assign(normalizeText(STORY.replace('便利', '便捷')), 'c')).toBe('b');
  });

  it('rejects a probing radius it has no masks for', () => {
    expect(() => new NearDupIndex({ probeRadius: 4 })).toThrow(RangeError);
  });

  it('keeps thousands of texts apart and their reposts together', () => {
    const stories = Array.from({ length: 2000 }, (_, i) => `第${i}号通报：${'某区某街道'.repeat(1 + (i % 3))}发生第${i * 7}起事件，相关部门已介入处置。`);
    const index = new NearDupIndex<number>();
    stories.forEach((text, i) => expect(index.assign(normalizeText(text), i)).toBe(i));
    stories.forEach((text, i) => expect(index.assign(normalizeText(`转发//@用户${i}:${text}[赞]`), -1)).toBe(i));
  });
});
