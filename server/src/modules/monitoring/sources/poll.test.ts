import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../../core/addresses.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { pollDueSources, pollSource } from './poll.js';
import { findSource } from './source.repository.js';

/**
 * A real feed server on 127.0.0.2. The fetcher is told to take that one loopback address for a
 * public one (nonPublic below), so ordinary, non-internal sources reach it while 127.0.0.1 and
 * every other private address stay refused exactly as in production.
 */
const rss = (items: string) => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>区融媒体</title>${items}</channel></rss>`;
const rssItem = (guid: string, title: string, text: string) => `<item><guid>${guid}</guid><title>${title}</title><link>https://news.example.cn/${guid}</link><description>${text}</description><pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate></item>`;
const ETAG = '"v1"';
const article = '灞桥街道今日召开老旧小区改造居民议事会，围绕加装电梯、停车位等问题听取居民意见，现场答复二十余条。'.repeat(3);

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/feed': (req, res) => {
    if (req.headers['if-none-match'] === ETAG) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG }).end(rss(rssItem('a1', '拆迁补偿公示', '纺织城社区拆迁补偿方案公示') + rssItem('a2', '消防宣传', '社区开展消防宣传')));
  },
  '/hop1': (_req, res) => res.writeHead(302, { location: '/hop2' }).end(),
  '/hop2': (_req, res) => res.writeHead(301, { location: '/feed' }).end(),
  '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-loopback': (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/feed` }).end(),
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(1024 * 1024, 32);
    let sent = 0;
    const pump = () => {
      while (sent < 50 && res.write(chunk)) sent++;
      if (sent < 50) res.once('drain', pump);
      else res.end();
    };
    pump();
  },
  '/gbk-undeclared': (_req, res) => res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(iconv.encode(rss(rssItem('g1', '市民投诉', '街道推诿不作为，乱收费问题无人管')), 'gbk')),
  '/truncated': (_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(rss(rssItem('t1', '标题', '正文')).slice(0, 150)),
  '/scripts': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<html><head><title>街道新闻</title>${'<script>document.write("<p>恶意注入</p>")</script>'.repeat(200)}</head><body><nav>首页 通知</nav><article><p>${article}</p></article><script>alert(1)</script></body></html>`,
    ),
  '/api': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { list: [{ id: 9, t: '接诉即办', body: '群众反映路灯不亮，已派单处理', stat: { like: 5 } }] } })),
};

let server: http.Server;
let port: number;
const hits: string[] = [];
const fetch = { nonPublic: (ip: string) => ip !== '127.0.0.2' && isNonPublicAddress(ip) };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.socket.localAddress} ${req.url}`);
    (routes[req.url!] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.2', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe.each(DIALECTS)('polling sources on %s', (dialect) => {
  let db: TestDatabase;
  let unit: number;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const now = new Date().toISOString();
    unit = (await db.db.insertInto('unit').values({ parent_id: null, path: '/1/', name: '灞桥街道', kind: 'street', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => db.drop());

  async function source(path: string, kind = 'feed', config: object | null = null, internal = 0) {
    const now = new Date().toISOString();
    const { id } = await db.db
      .insertInto('source')
      .values({ unit_id: unit, name: path, kind, url: `http://127.0.0.2:${port}${path}`, config: config && JSON.stringify(config), media_tier: 'local', internal, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }
  const poll = async (id: number) => pollSource(db.db, (await db.db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirstOrThrow()), fetch);
  const health = async (id: number) => (await findSource(db.db, id))!;

  it('stores a feed, then asks conditionally and gets 304', async () => {
    const id = await source('/feed');
    const first = await poll(id);
    expect(first).toMatchObject({ status: 'ok', fetched: 2, newItems: 2 });
    expect((await health(id)).etag).toBe(ETAG);
    expect(await poll(id)).toMatchObject({ status: 'not_modified', newItems: 0 });
    const h = await health(id);
    expect(h.failure_count).toBe(0);
    expect(h.last_success_at).not.toBeNull();
    expect(Date.parse(h.next_poll_at!)).toBeGreaterThan(Date.now() + 20 * 60_000);
  });

  it('follows redirects, re-checking each hop, and refuses one to 127.0.0.1 without requesting it', async () => {
    expect(await poll(await source('/hop1'))).toMatchObject({ status: 'ok', fetched: 2, newItems: 0 });
    const loop = await source('/loop');
    expect(await poll(loop)).toMatchObject({ status: 'error', error: expect.stringContaining('重定向次数过多') });
    hits.length = 0;
    const id = await source('/to-loopback');
    const result = await poll(id);
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/内网或本机地址/);
    expect(hits).toEqual([`127.0.0.2 /to-loopback`]);
    const h = await health(id);
    expect(h.failure_count).toBe(1);
    expect(h.last_error).toMatch(/127\.0\.0\.1/);
    // Backoff: the failed source waits about twice its interval.
    expect(Date.parse(h.next_poll_at!) - Date.now()).toBeGreaterThan(50 * 60_000);
  });

  it('refuses a 50 MB body cleanly and keeps what was stored', async () => {
    const before = await db.db.selectFrom('item').select(db.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const result = await poll(await source('/huge'));
    expect(result).toMatchObject({ status: 'error', error: expect.stringContaining('响应过大') });
    const after = await db.db.selectFrom('item').select(db.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('decodes GBK that claims to be UTF-8, and says so in the health record', async () => {
    const id = await source('/gbk-undeclared');
    expect(await poll(id)).toMatchObject({ status: 'ok', newItems: 1 });
    const item = await db.db.selectFrom('item').select(['title', 'text', 'sentiment']).where('item_key', '=', 'g1').executeTakeFirstOrThrow();
    expect(item).toMatchObject({ title: '市民投诉', text: '街道推诿不作为，乱收费问题无人管', sentiment: 'negative' });
    expect((await health(id)).last_error).toMatch(/gb18030/);
  });

  it('names a truncated feed in words', async () => {
    const id = await source('/truncated');
    expect(await poll(id)).toMatchObject({ status: 'error', error: expect.stringContaining('内容不完整') });
  });

  it('reads the article of a page full of scripts, and a JSON API through its mapping', async () => {
    const page = await source('/scripts', 'page');
    expect(await poll(page)).toMatchObject({ status: 'ok', newItems: 1 });
    const stored = await db.db.selectFrom('item').select(['title', 'text']).where('source_id', '=', page).executeTakeFirstOrThrow();
    expect(stored.text).toContain('老旧小区改造');
    expect(stored.text).not.toMatch(/恶意注入|alert|<script/);
    expect(await poll(page)).toMatchObject({ status: 'unchanged', newItems: 0 });

    const api = await source('/api', 'api', { itemsPath: 'data.list', mapping: { key: 'id', title: 't', text: 'body', likes: 'stat.like' } });
    expect(await poll(api)).toMatchObject({ status: 'ok', newItems: 1 });
    const row = await db.db.selectFrom('item').select(['item_key', 'title', 'likes']).where('source_id', '=', api).executeTakeFirstOrThrow();
    expect(row).toEqual({ item_key: '9', title: '接诉即办', likes: 5 });
  });

  it('polls only due sources, and a source marked internal may reach a private address', async () => {
    const internal = await source('/feed', 'feed', null, 1);
    const ordinary = await source('/feed');
    // The production address policy: 127.0.0.2 is loopback again.
    const results = await pollDueSources(db.db, { fetch: {} });
    expect(results.map((r) => [r.sourceId, r.status])).toEqual([
      [internal, 'ok'],
      [ordinary, 'error'],
    ]);
  });
});
