import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '@yuqing/common';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, DEMO_PW, unitId, type TestApp } from '../../../test/app.js';
import { processStoredItems } from '../events/index.js';
import { AlertBus } from './alert-bus.js';
import { storeTestItems } from '../events/test-items.js';

/** Logs in over real HTTP and returns the session cookie header. */
async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${CSRF_COOKIE}=t`, [CSRF_HEADER]: 't' },
    body: JSON.stringify({ username, password: DEMO_PW }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

interface Stream {
  events: { id: string; event: string; data: unknown }[];
  status: number;
  contentType: string;
  close(): void;
  until(n: number, ms?: number): Promise<void>;
}

/** A Server-Sent Events client over node:http, parsing the stream as a browser's EventSource does. */
function openStream(url: string, cookie: string, lastEventId?: number): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream', cookie };
    if (lastEventId) headers['last-event-id'] = String(lastEventId);
    const req = http.get(url, { headers }, (res) => {
      const stream: Stream = {
        events: [],
        status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type']),
        close: () => req.destroy(),
        until: (n, ms = 5000) =>
          new Promise((done, fail) => {
            const started = Date.now();
            const check = setInterval(() => {
              if (stream.events.length >= n) done(clearInterval(check));
              else if (Date.now() - started > ms) fail(Object.assign(new Error(`only ${stream.events.length} of ${n} events`), clearInterval(check)));
            }, 10);
          }),
      };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
          if (fields.data) stream.events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
        }
      });
      resolve(stream);
    });
    req.on('error', reject);
  });
}

describe.each(DIALECTS)('the live alert feed over SSE on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  let street: number;
  let bureau: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // The demo district has a topic of its own (征地拆迁); these tests watch only theirs.
    await t.db.db.updateTable('topic').set({ enabled: 0 }).where('is_demo', '=', 1).execute();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
    const now = new Date().toISOString();
    for (const unit of [street, bureau]) {
      await t.db.db.insertInto('topic').values({ unit_id: unit, name: '拆迁', rule: '拆迁', alert_grade: 4, created_at: now, updated_at: now }).execute();
    }
  });
  afterAll(() => t.close());

  it('streams each alert to the accounts whose scope holds its unit, and resumes from Last-Event-ID', async () => {
    const streetFeed = await openStream(`${base}/api/alerts/stream`, await login(base, 'demo_office'));
    const districtFeed = await openStream(`${base}/api/alerts/stream`, await login(base, 'demo_xuanchuan'));
    expect(streetFeed.status).toBe(200);
    expect(streetFeed.contentType).toContain('text/event-stream');

    const [inStreet, inBureau] = await storeTestItems(t.db.db, [
      { unitId: street, title: '纺织城拆迁补偿款拖欠', text: '居民反映拆迁补偿款拖欠一年。' },
      { unitId: bureau, title: '住建局回应拆迁安置房质量问题', text: '多名业主反映拆迁安置房墙体开裂。' },
    ]);
    const r = await processStoredItems(t.db.db, [inStreet, inBureau], { now: () => new Date() });
    expect(r.alerts).toHaveLength(2);

    await districtFeed.until(2);
    expect(districtFeed.events.map((e) => (e.data as { title: string }).title).sort()).toEqual(['住建局回应拆迁安置房质量问题', '纺织城拆迁补偿款拖欠']);
    await streetFeed.until(1);
    // Give a wrongly scoped alert the time to arrive before concluding it does not.
    await new Promise((done) => setTimeout(done, 200));
    expect(streetFeed.events).toHaveLength(1);
    expect(streetFeed.events[0]).toMatchObject({ event: 'alert', id: String(r.alerts[0].id), data: { title: '纺织城拆迁补偿款拖欠', grade: 4, trigger: 'new', unitId: street } });
    expect(streetFeed.events[0].data).not.toHaveProperty('unitPath');
    streetFeed.close();
    districtFeed.close();

    const resumed = await openStream(`${base}/api/alerts/stream`, await login(base, 'demo_xuanchuan'), Math.min(...r.alerts.map((a) => a.id)));
    await resumed.until(1);
    expect(resumed.events.map((e) => Number(e.id))).toEqual([Math.max(...r.alerts.map((a) => a.id))]);
    resumed.close();
  });

  it('relays alerts another process wrote to the table', async () => {
    const feed = await openStream(`${base}/api/alerts/stream`, await login(base, 'demo_office'));
    const [id] = await storeTestItems(t.db.db, [{ unitId: street, title: '拆迁户反映安置房延期交付', text: '多户拆迁户反映安置房延期两年交付。' }]);
    // A job worker's bus: nothing in this process hears it.
    try {
      const r = await processStoredItems(t.db.db, [id], { now: () => new Date(), bus: new AlertBus() });
      expect(r.alerts).toHaveLength(1);
      await feed.until(1);
      expect(feed.events[0]).toMatchObject({ id: String(r.alerts[0].id), data: { title: '拆迁户反映安置房延期交付' } });
    } finally {
      feed.close();
    }
  });

  it('refuses an anonymous caller', async () => {
    const res = await fetch(`${base}/api/alerts/stream`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(401);
  });
});
