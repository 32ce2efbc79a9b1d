import { describe, expect, it } from 'vitest';
import { absoluteLink, dingtalkSign, httpRequest, plainMarkdown, readReply, truncateBytes, webhookSignature, type HttpKind } from './formats.js';

describe('delivery formats', () => {
  it('signs DingTalk requests as its robot documentation does', () => {
    // The published example of an independent implementation (docs.rs `dingding`), URL-encoded there.
    expect(encodeURIComponent(dingtalkSign('1700000000000', 'secret'))).toBe('OuzzJR5%2BxZ4%2FEYwqtNt6sMYZQMTa%2FHEGvc9miJe7XzY%3D');
  });

  it.each([
    ['[点此](http://evil.example)', '［点此］(http://evil.example)'],
    ['<font color="red">假</font>', '＜font color="red"＞假＜/font＞'],
    ['**加粗** _斜_ # 标题 `码`', '＊＊加粗＊＊ ＿斜＿ ＃ 标题 ｀码｀'],
    ['灞桥街道 拆迁 投诉 2026', '灞桥街道 拆迁 投诉 2026'],
  ])('neutralises markdown in untrusted text: %s', (input, expected) => {
    expect(plainMarkdown(input)).toBe(expected);
  });

  it.each([
    ['短文本', 100, '短文本'],
    ['舆情'.repeat(100), 30, `${'舆情'.repeat(4)}舆…`],
  ])('truncates %s to %i bytes of UTF-8 at a character boundary', (input, max, expected) => {
    const out = truncateBytes(input, max);
    expect(out).toBe(expected);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(max);
  });

  it.each([
    [undefined, 'https://yq.example.cn', undefined],
    ['/incidents/4', 'https://yq.example.cn', 'https://yq.example.cn/incidents/4'],
    ['/incidents/4', 'https://yq.example.cn/app/', 'https://yq.example.cn/app/incidents/4'],
    ['/incidents/4', undefined, undefined],
    ['https://news.example.cn/a', undefined, 'https://news.example.cn/a'],
  ])('makes link %s absolute under %s', (link, base, expected) => {
    expect(absoluteLink(link, base)).toBe(expected);
  });

  const reply = (o: unknown) => Buffer.from(JSON.stringify(o));
  it.each<[HttpKind, number, Buffer, string | null]>([
    ['wecom', 200, reply({ errcode: 0, errmsg: 'ok' }), null],
    ['wecom', 200, reply({ errcode: 93000, errmsg: 'invalid webhook url' }), 'platform_error'],
    ['dingtalk', 200, reply({ errcode: 310000, errmsg: 'sign not match' }), 'platform_error'],
    ['dingtalk', 200, Buffer.from('<html>gateway</html>'), 'bad_reply'],
    ['feishu', 200, reply({ code: 0, msg: 'success', data: {} }), null],
    ['feishu', 200, reply({ StatusCode: 0, StatusMessage: 'success' }), null],
    ['feishu', 200, reply({ code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' }), 'platform_error'],
    ['webhook', 204, Buffer.alloc(0), null],
    ['webhook', 500, Buffer.from('boom'), 'http_status'],
    ['wecom', 404, reply({ errcode: 0 }), 'http_status'],
  ])('reads a %s answer %i as %s', (kind, status, body, expected) => {
    expect(readReply(kind, status, body)?.code ?? null).toBe(expected);
  });

  it("keeps the platform's own words in a refusal", () => {
    expect(readReply('dingtalk', 200, reply({ errcode: 310000, errmsg: 'sign not match' }))).toEqual({
      code: 'platform_error',
      params: { platform: 'dingtalk', code: 310000, detail: 'sign not match' },
    });
  });

  it('signs the webhook body with its timestamp', () => {
    const now = new Date('2026-11-29T08:00:00Z');
    const req = httpRequest('webhook', { url: 'https://hooks.example.cn/in', secret: 'k' }, { title: '标题', text: '正文' }, undefined, now);
    expect(req.headers['x-yuqing-timestamp']).toBe('1795939200');
    expect(req.headers['x-yuqing-signature']).toBe(webhookSignature('1795939200', req.body, 'k'));
    expect(JSON.parse(req.body)).toEqual({ title: '标题', text: '正文', link: null, sentAt: '2026-11-29T08:00:00.000Z' });
  });

  it('keeps a WeCom markdown message within its 4096-byte limit', () => {
    const req = httpRequest('wecom', { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret: null }, { title: '长文', text: '字'.repeat(5000) }, 'https://yq.example.cn/e/1', new Date());
    const content = (JSON.parse(req.body) as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    expect(content.startsWith('**长文**\n\n字')).toBe(true);
    expect(content.endsWith('[查看详情](https://yq.example.cn/e/1)')).toBe(true);
  });
});
