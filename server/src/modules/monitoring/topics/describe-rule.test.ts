import { describe, expect, it } from 'vitest';
import { describeRule } from './describe-rule.js';

describe('describeRule', () => {
  it.each<[string, string, string]>([
    ['(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘', '含「灞桥」或「灞桥街道」，含「拆迁」或「投诉」，不含「招聘」', 'mentions "灞桥" or "灞桥街道", mentions "拆迁" or "投诉", does not mention "招聘"'],
    ['灞桥 拆迁', '含「灞桥」，含「拆迁」', 'mentions "灞桥", mentions "拆迁"'],
    ['title:灞桥 NOT (招聘 OR 广告)', '标题含「灞桥」，不含「招聘」或「广告」', 'the title mentions "灞桥", does not mention either "招聘" or "广告"'],
    ['灞桥 NEAR/5 拆迁', '含「灞桥」和「拆迁」（相距不超过 5 个字）', 'mentions "灞桥" within 5 characters of "拆迁"'],
    ['灞桥 OR 浐灞 拆迁', '含「灞桥」；或者（含「浐灞」，含「拆迁」）', 'mentions "灞桥"; or (mentions "浐灞", mentions "拆迁")'],
    ['灞桥 NOT (招聘 拆迁)', '含「灞桥」，不满足（含「招聘」，含「拆迁」）', 'mentions "灞桥", not (mentions "招聘", mentions "拆迁")'],
    ['灞桥 NOT text:招聘', '含「灞桥」，正文不含「招聘」', 'mentions "灞桥", the text does not mention "招聘"'],
  ])('%s', (rule, zh, en) => {
    expect(describeRule(rule, 'zh-CN')).toBe(zh);
    expect(describeRule(rule, 'en')).toBe(en);
  });
});
