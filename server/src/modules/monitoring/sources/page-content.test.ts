import { describe, expect, it } from 'vitest';
import { extractMainContent, PageError } from './page-content.js';

const article = '街道办事处今天召开老旧小区改造居民议事会，围绕加装电梯、停车位和拆迁补偿等问题听取居民意见。'.repeat(4);
const page = (body: string) => `<html><head><title>灞桥街道新闻</title><script>var x = "<p>脚本里的假正文</p>";</script></head><body>${body}</body></html>`;

describe('extractMainContent', () => {
  it('finds the article among navigation and scripts', () => {
    const html = page(`<nav><a href="/">首页</a><a href="/a">通知公告</a></nav><script>document.write('注入内容')</script><article><h1>议事会</h1><p>${article}</p></article><footer>版权所有</footer>`);
    const out = extractMainContent(html, 'https://example.gov.cn/a');
    expect(out.text).toContain('老旧小区改造');
    expect(out.text).not.toContain('注入内容');
    expect(out.text).not.toContain('假正文');
    expect(out.text).not.toMatch(/<[a-z]/i);
  });

  it('takes the element a selector names', () => {
    const html = page(`<div id="side">侧栏</div><div class="content"><p>正文一段</p><script>alert(1)</script></div>`);
    expect(extractMainContent(html, 'https://x/', '.content')).toEqual({ title: '灞桥街道新闻', text: '正文一段' });
  });

  it.each([
    [page('<div>短</div>'), undefined, /no main content/],
    [page('<div>x</div>'), '#missing', /nothing on the page/],
    [page('<div>x</div>'), '[[[', /invalid/],
  ])('explains a page it cannot read', (html, selector, message) => {
    expect(() => extractMainContent(html, 'https://x/', selector)).toThrow(PageError);
    expect(() => extractMainContent(html, 'https://x/', selector)).toThrow(message);
  });
});
