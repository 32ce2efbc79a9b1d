import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safeFetch, type SafeResponse } from '../../../core/safe-fetch.js';
import { feedParseCommand, type FetchFeed } from './feed-command.js';

const FEED = `<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>区政府网站</title><link>https://gov.example.cn/</link>
<item><title>关于噪音投诉的回复</title><link>/reply/1.html</link><author>someone@example.cn</author><pubDate>2024-05-14 09:30:00</pubDate>
<description><![CDATA[<p>已转交&ldquo;执法队&rdquo;处理。</p><script>x()</script><p>感谢监督。</p>]]></description></item>
<item><title>无日期</title><guid isPermaLink="false">2</guid></item>
</channel></rss>`;

const EXPECTED =
  '{"title":"区政府网站","link":"https://gov.example.cn/","items":[' +
  '{"title":"关于噪音投诉的回复","link":"https://gov.example.cn/reply/1.html","published":"2024-05-14T01:30:00.000Z","text":"已转交“执法队”处理。\\n感谢监督。"},' +
  '{"title":"无日期","link":null,"published":null,"text":""}]}\n';

let dir = '';
let server: http.Server;
let base = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-feed-'));
  server = http.createServer((req, res) => {
    if (req.url === '/old') return res.writeHead(301, { location: '/feeds/news.xml' }).end();
    if (req.url === '/missing') return res.writeHead(404).end('not here');
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    // GBK bytes, declared only in the header, with a link relative to the feed's own address.
    const body = iconv.encode('<rss><channel><title>新闻</title><item><title>通知</title><link>1.html</link></item></channel></rss>', 'gbk');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=GBK' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  server.close();
});

/** The command against a target, with what it printed. */
async function run(target: string, fetchFeed?: FetchFeed) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await feedParseCommand(target, { stdout, stderr }, fetchFeed);
  return { code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}

const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

/** The real safeFetch, allowed to reach the test's own server on 127.0.0.1. */
const localFetch: FetchFeed = (url, options) => safeFetch(url, { ...options, allowPrivate: true });

describe('yuqing feed parse', () => {
  it('prints exactly one JSON object with the agreed keys in order, and exits 0', async () => {
    expect(await run(file('gov.xml', iconv.encode(FEED, 'gbk')))).toEqual({ code: 0, out: EXPECTED, err: '' });
  });

  it('fetches a URL, follows the redirect, decodes by the HTTP charset and resolves links against the final address', async () => {
    const { code, out, err } = await run(`${base}/old`, localFetch);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ title: '新闻', link: null, items: [{ title: '通知', link: `${base}/feeds/1.html`, published: null, text: '' }] });
  });

  it('refuses a loopback address with the default fetch, without a stack trace', async () => {
    const { code, out, err } = await run(`${base}/feeds/news.xml`);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/^拒绝访问内网或本机地址：.* \/ refused to fetch a loopback, private or link-local address: .*\n$/);
  });

  it.each<[string, () => Promise<{ target: string; fetchFeed?: FetchFeed }>, RegExp]>([
    ['a missing file', async () => ({ target: path.join(dir, 'missing.xml') }), /^无法读取文件「.*missing\.xml」（ENOENT） \/ cannot read ".*missing\.xml" \(ENOENT\)\n$/],
    ['an HTML page', async () => ({ target: file('page.html', '<!DOCTYPE html><html><body><script>x()</script></body></html>') }), /^这是一个网页（HTML）.* \/ this is a web page \(HTML\)/],
    ['a truncated feed', async () => ({ target: file('cut.xml', FEED.slice(0, 300)) }), /^内容不完整：在 <\/rss> 之前就结束了.* \/ the feed is cut off: it ends before <\/rss>/],
    ['an empty file', async () => ({ target: file('empty.xml', '') }), /^内容为空.* \/ the body is empty/],
    ['an HTTP error', async () => ({ target: `${base}/missing`, fetchFeed: localFetch }), /^服务器返回 HTTP 404 \/ the server answered HTTP 404\n$/],
    ['endless redirects', async () => ({ target: `${base}/loop`, fetchFeed: localFetch }), /^重定向次数过多：more than 5 redirects \/ too many redirects: more than 5 redirects\n$/],
    ['a response over the size cap', async () => ({ target: 'https://feeds.example.com/50mb', fetchFeed: () => Promise.reject(new FetchRefused('too_large', 'the response is 52428800 bytes; the limit is 10485760')) }), /^响应过大：the response is 52428800 bytes.* \/ the response is too large: /],
    ['a scheme other than http(s)', async () => ({ target: 'ftp://example.com/feed.xml' }), /^地址无效：.* \/ not a usable address: only http and https/],
    ['a network failure', async () => ({ target: 'https://feeds.example.com/x', fetchFeed: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) }), /^无法获取「https:\/\/feeds\.example\.com\/x」（ECONNREFUSED） \/ cannot fetch/],
    ['a bug below the command (a response without a body)', async () => ({ target: 'https://feeds.example.com/x', fetchFeed: async (url) => ({ url, status: 200, headers: {}, body: undefined as unknown as Buffer }) }), /^处理时出现内部错误（.+） \/ an internal error occurred \(.+\)\n$/],
  ])('exits 2 on %s, with one line in Chinese then English', async (_name, setup, message) => {
    const { target, fetchFeed } = await setup();
    const { code, out, err } = await run(target, fetchFeed);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(2);
  });

  it('sends a feed Accept header and hands the response URL on as the base', async () => {
    let seen: Record<string, string> | undefined;
    const fake: FetchFeed = async (_url, options) => {
      seen = options?.headers;
      const body = Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'b.html', content_text: 't' }] }));
      return { url: 'https://cdn.example.cn/a/feed.json', status: 200, headers: { 'content-type': 'application/feed+json' }, body } satisfies SafeResponse;
    };
    const { code, out } = await run('https://example.cn/feed.json', fake);
    expect(code).toBe(0);
    expect(seen?.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/);
    expect(JSON.parse(out).items[0].link).toBe('https://cdn.example.cn/a/b.html');
  });

  it('treats a reader that closed the pipe early (| head) as no failure', async () => {
    const closed = new Writable({ write: (_chunk, _enc, cb) => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const code = await feedParseCommand(file('pipe.xml', iconv.encode(FEED, 'gbk')), { stdout: closed, stderr: new PassThrough() });
    expect(code).toBe(0);
  });
});
