import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { startHttpReceiver, type HttpReceiver } from '../platform/delivery/test-receivers.js';
import { signBody } from './sources/push-body.js';

const SECRET = 'duty-hook-2026';

/** The whole chain as a user meets it: a push arrives, a topic matches, an event forms with a grade, the duty webhook hears of it. */
describe.each(DIALECTS)('from a push to a graded event and an alert on %s', (dialect) => {
  let t: TestApp;
  let hook: HttpReceiver;
  let street: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    hook = await startHttpReceiver();
    street = await unitId(t, '灞桥街道办事处');
    // Only this test's topic should match, so the demo's own topic is switched off.
    await t.db.db.updateTable('topic').set({ enabled: 0 }).where('is_demo', '=', 1).execute();
    const now = new Date().toISOString();
    await t.db.db
      .insertInto('delivery_target')
      .values({ unit_id: street, name: '值班系统', kind: 'webhook', url: `${hook.base}/duty`, secret: SECRET, recipients: '[]', purposes: JSON.stringify(['alert']), enabled: 1, internal: 1, created_at: now, updated_at: now })
      .execute();
  });
  afterAll(async () => {
    await hook.close();
    await t.close();
  });

  it('stores, matches, clusters, grades and alerts in one pass', async () => {
    const office = await t.client().login('demo_office');
    const topic = await office.post('/api/topics', { unitId: street, name: '安置房质量', rule: '安置房 AND (漏水 OR 开裂)', alertGrade: 4 });
    expect(topic.statusCode, topic.body).toBe(201);
    const source = (await office.post('/api/sources', { unitId: street, name: '问政平台推送', kind: 'push', mediaTier: 'government' })).json();
    // Beijing daytime, so quiet hours (if any) do not hold a grade IV alert back.
    const at = new Date();
    at.setUTCHours(3, 0, 0, 0);
    const body = [
      { key: 'q1', title: '纺织城安置房漏水', text: '纺织城社区安置房多处漏水，墙体开裂，居民多次反映无人处理。', publishedAt: at.toISOString() },
      { key: 'q2', title: '转发：纺织城安置房漏水', text: '转发 //@网友: 纺织城社区安置房多处漏水，墙体开裂，居民多次反映无人处理！', publishedAt: at.toISOString() },
      { key: 'q3', title: '社区开展文明创建', text: '东风社区开展文明创建志愿服务活动。', publishedAt: at.toISOString() },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const res = await t
      .client()
      .request('POST', `/api/ingest/${source.pushToken}`, undefined, { rawBody: body, headers: { 'content-type': 'application/x-ndjson', 'x-yuqing-signature': signBody(source.pushSecret, body) } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ received: 3, newItems: 3 });

    const events = await t.db.db.selectFrom('event').selectAll().where('topic_id', '=', topic.json().id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ item_count: 2, unit_id: street });
    expect(events[0].grade).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(events[0].grade_reasons).length).toBeGreaterThan(0);
    const other = await t.db.db.selectFrom('item').select('id').where('title', '=', '社区开展文明创建').executeTakeFirstOrThrow();
    expect(await t.db.db.selectFrom('event_item').select('event_id').where('item_id', '=', other.id).execute()).toEqual([]);

    expect(hook.received).toHaveLength(1);
    const { headers, body: sent } = hook.received[0];
    expect(headers['x-yuqing-signature']).toBe(`sha256=${crypto.createHmac('sha256', SECRET).update(`${headers['x-yuqing-timestamp']}.${sent}`).digest('hex')}`);
    expect(JSON.parse(sent).title).toContain('纺织城安置房漏水');

    const page = await office.get(`/api/events/${events[0].id}`);
    expect(page.statusCode, page.body).toBe(200);
  });
});
