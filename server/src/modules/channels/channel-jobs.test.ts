import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { notifyFlagged, refreshFromFeeds } from './channel-jobs.js';

describe.each(DIALECTS)('channel jobs on %s', (dialect) => {
  let t: TestApp;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    server = http.createServer((req, res) => {
      if (req.url === '/rss') return res.end('<rss><channel><item><title>通知</title><pubDate>Thu, 26 Nov 2026 09:00:00 +0800</pubDate></item></channel></rss>');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await t.close();
  });

  it('reads the last update from a feed, and records why a feed failed', async () => {
    const office = await t.client().login('demo_office');
    const street = await unitId(t, '灞桥街道办事处');
    const good = (await office.post('/api/channels', { unitId: street, kind: 'website', name: '有订阅源的网站', feedUrl: `${base}/rss` })).json();
    const bad = (await office.post('/api/channels', { unitId: street, kind: 'website', name: '源失效的网站', feedUrl: `${base}/gone` })).json();
    const refused = await refreshFromFeeds(t.db.db, new Date('2026-11-29T04:00:00Z'));
    // Without an explicit allowance the loopback feed server is never contacted.
    expect(refused.failed).toBeGreaterThanOrEqual(2);
    expect((await office.get(`/api/channels/${good.id}`)).json().lastUpdateAt).toBeNull();

    const r = await refreshFromFeeds(t.db.db, new Date('2026-11-29T04:00:00Z'), { allowPrivate: true });
    expect(r.updated).toBeGreaterThanOrEqual(1);
    const after = (await office.get(`/api/channels/${good.id}`)).json();
    expect(after).toMatchObject({ lastUpdateAt: '2026-11-26T01:00:00.000Z', lastUpdateSource: 'feed' });
    const row = await t.db.db.selectFrom('channel').select('feed_error').where('id', '=', bad.id).executeTakeFirstOrThrow();
    expect(row.feed_error).toBe('HTTP 404');
  });

  it('notifies the owner and the group office of a flagged channel once', async () => {
    const first = await notifyFlagged(t.db.db);
    expect(first).toBeGreaterThan(0);
    expect(await notifyFlagged(t.db.db)).toBe(0);
    const office = await t.client().login('demo_office');
    const mine = (await office.get('/api/notifications')).json();
    expect(mine.unread).toBeGreaterThan(0);
    expect(mine.notifications.map((n: { title: string }) => n.title)).toContain('阵地「区政府门户网站灞桥街道板块」不合格');
    const en = await t.client({ locale: 'en' }).login('demo_office');
    expect((await en.get('/api/notifications')).json().notifications.map((n: { title: string }) => n.title)).toContain('Channel "区政府门户网站灞桥街道板块" fails the inspection rules');
    expect((await office.post('/api/notifications/read', {})).statusCode).toBe(204);
    expect((await office.get('/api/notifications')).json().unread).toBe(0);
    const other = await t.client().login('demo_member');
    expect((await other.get('/api/notifications')).json().notifications).toEqual([]);
  });
});
