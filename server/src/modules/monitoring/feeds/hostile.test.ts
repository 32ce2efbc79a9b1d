import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode.js';
import { FeedError } from './feed-error.js';
import type { FeedErrorCode } from './messages.js';
import { parseFeed } from './parse-feed.js';

/** The bad input of the monitoring issue: what arrives from sources nobody controls. */

const corpora = path.resolve(import.meta.dirname, '../../../../..', '../shared/corpora/feeds');

function failure(text: string): FeedError {
  try {
    parseFeed(text);
  } catch (err) {
    if (err instanceof FeedError) return err;
    throw err;
  }
  throw new Error('expected a FeedError');
}

const timed = <T>(fn: () => T): [T, number] => {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
};

const SENTENCE = '市民反映噪音扰民问题，街道办及时回应，将组织执法人员现场核查。';

describe('hostile feeds', () => {
  it('a real feed cut off mid-transfer is reported as truncated, not read as a shorter feed', () => {
    const text = fs.readFileSync(path.join(corpora, 'rss-parser-input/guardian.rss'), 'utf8');
    for (const at of [0.1, 0.5, 0.99]) {
      const err = failure(text.slice(0, Math.floor(text.length * at)));
      expect(err.code).toBe('truncated');
      expect(err.messageIn('zh-CN')).toContain('</rss>');
    }
  });

  it('a web page full of scripts is a web page, not a feed', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${'window.a=1;'.repeat(5000)}</script></head><body><p>${SENTENCE}</p></body></html>`;
    expect(failure(page).code).toBe('html_page');
  });

  it.each<[string, string, FeedErrorCode | 'unexpanded']>([
    ['billion laughs', `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><title>&lol9;</title></channel></rss>`, 'unexpanded'],
    ['quadratic blow-up: one 9 KB entity referenced 100,000 times', `<!DOCTYPE r [<!ENTITY a "${'A'.repeat(9000)}">]><rss><channel><title>${'&a;'.repeat(100_000)}</title></channel></rss>`, 'malformed'],
    ['an external entity (XXE) naming a local file', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>', 'malformed'],
  ])('%s: no expansion, no file read, no blow-up', (_name, body, outcome) => {
    const [result, ms] = timed(() => {
      try {
        return parseFeed(body);
      } catch (err) {
        return err;
      }
    });
    expect(ms).toBeLessThan(2_000);
    if (outcome === 'unexpanded') expect((result as { title: string }).title.length).toBeLessThan(100);
    else expect(result).toMatchObject({ code: outcome });
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('10,000 nested elements are refused, not recursed into', () => {
    expect(failure(`<rss>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</rss>`).code).toBe('malformed');
  });

  it('an element named __proto__ pollutes nothing', () => {
    expect(failure('<rss><channel><__proto__><polluted>1</polluted></__proto__></channel></rss>').code).toBe('malformed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('binary junk (an image) is not XML or JSON', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(failure(decodeBody(png).text).code).toBe('not_xml_or_json');
  });

  it('script-laden descriptions give plain text without any script content', () => {
    const description = `<p>${SENTENCE}</p>
      <script>document.cookie="stolen"</script><SCRIPT type="module">import('evil')</SCRIPT>
      <style>body{display:none}</style><iframe src="https://ads.example/">iframe text</iframe>
      <img src="x" onerror="alert('xss')"><a href="javascript:alert(1)" onclick="steal()">链接</a>
      <noscript><img src="pixel"></noscript><!-- <script>hidden()</script> -->
      <p>第二段&nbsp;&amp;&#x4e2d;</p><script>unclosed(`;
    const feed = parseFeed(`<rss><channel><title>t</title><item><title>i</title><description><![CDATA[${description}]]></description></item></channel></rss>`);
    expect(feed.items[0].text).toBe(`${SENTENCE}\n链接\n第二段 &中`);
  });

  it('a lying declaration: UTF-8 declared over GBK bytes still reads as Chinese', () => {
    const body = iconv.encode(`<?xml version="1.0" encoding="utf-8"?><rss><channel><title>${SENTENCE}</title></channel></rss>`, 'gbk');
    const decoded = decodeBody(body, 'application/rss+xml; charset=utf-8');
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'detected', ignoredDeclaration: 'utf-8' });
    expect(parseFeed(decoded.text).title).toBe(SENTENCE);
  });

  it('a 5 MB feed, in UTF-8 and in undeclared GBK, is decoded and parsed within a bound', () => {
    const item = (i: number) =>
      `<item><title>第${i}条：${SENTENCE.slice(0, 12)}</title><link>https://news.example.cn/${i}.html</link><pubDate>Tue, 14 May 2024 09:30:00 +0800</pubDate>` +
      `<description><![CDATA[<p>${SENTENCE.repeat(20)}</p><script>track(${i})</script><p>第二段</p>]]></description></item>`;
    const count = Math.ceil(5_000_000 / Buffer.byteLength(item(0)));
    const xml = `<rss version="2.0"><channel><title>大</title><link>https://news.example.cn/</link>${Array.from({ length: count }, (_, i) => item(i)).join('')}</channel></rss>`;
    for (const bytes of [Buffer.from(xml), iconv.encode(xml, 'gbk')]) {
      const [feed, ms] = timed(() => parseFeed(decodeBody(bytes).text));
      // About 0.5 s on one core; the margin is for two cores shared with other test runs.
      expect(ms).toBeLessThan(5_000);
      expect(feed.items).toHaveLength(count);
      expect(feed.items[count - 1]).toMatchObject({ title: `第${count - 1}条：${SENTENCE.slice(0, 12)}`, published: '2024-05-14T01:30:00.000Z' });
      expect(feed.items[count - 1].text).toBe(`${SENTENCE.repeat(20)}\n第二段`);
    }
  });
});
