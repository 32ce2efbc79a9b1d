import { describe, expect, it } from 'vitest';
import { cleanText, dedupKey } from './preprocess.js';

describe('cleanText', () => {
  it.each([
    ['Weibo emoticon codes go: they are what the Weibo labels were made from', '太好了[哈哈][鼓掌]', '太好了'],
    ['emoji go for the same reason', '点赞👍🏻❤️', '点赞'],
    ['@mentions and links go', '转发//@某某: 说得对 http://t.cn/zOABiSk', '转发// 说得对'],
    ['full-width forms become ASCII', 'ＡＢＣ１２３！', 'ABC123!'],
    ['traditional characters become simplified', '服務態度很差', '服务态度很差'],
    ['whitespace collapses', '  房间\t很  小 \n', '房间 很 小'],
    ['nothing left is the empty string', '[泪][泪]', ''],
  ])('%s', (_why, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('dedupKey', () => {
  it('ignores punctuation, spacing and case, so near-copies count as one text', () => {
    expect(dedupKey(cleanText('太差了！！！'))).toBe(dedupKey(cleanText('太差了。')));
    expect(dedupKey(cleanText('WiFi 很慢'))).toBe(dedupKey(cleanText('wifi很慢')));
    expect(dedupKey(cleanText('太差了'))).not.toBe(dedupKey(cleanText('不太差')));
  });
});
