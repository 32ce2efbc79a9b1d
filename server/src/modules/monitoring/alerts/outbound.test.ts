import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { startHttpReceiver, type HttpReceiver } from '../../platform/delivery/test-receivers.js';
import { processStoredItems } from '../events/index.js';
import { storeTestItems } from '../events/test-items.js';

const SECRET = 'hook-secret-2026';

describe.each(DIALECTS)('alerts sent out to a signed webhook on %s', (dialect) => {
  let t: TestDatabase;
  let http: HttpReceiver;
  let street: number;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemo(t.db);
    // The demo district has a topic of its own (征地拆迁); these tests watch only theirs.
    await t.db.updateTable('topic').set({ enabled: 0 }).where('is_demo', '=', 1).execute();
    http = await startHttpReceiver();
    street = (await t.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;
    const now = new Date().toISOString();
    await t.db.insertInto('topic').values({ unit_id: street, name: '拆迁', rule: '拆迁', alert_grade: 4, created_at: now, updated_at: now }).execute();
    await t.db.insertInto('alert_setting').values({ unit_id: street, quiet_start: '22:00', quiet_end: '07:00', digest_time: null, updated_at: now }).execute();
    await t.db
      .insertInto('delivery_target')
      .values({ unit_id: street, name: '值班系统', kind: 'webhook', url: `${http.base}/hook`, secret: SECRET, recipients: '[]', purposes: JSON.stringify(['alert']), enabled: 1, internal: 1, created_at: now, updated_at: now })
      .execute();
  });
  afterAll(async () => {
    await http.close();
    await t.drop();
  });

  const deps = (iso: string) => ({ now: () => new Date(iso), delivery: { smtp: null, publicUrl: 'https://yq.example.cn', timeoutMs: 2000 } });

  it('posts the alert with a signature the receiver can check, and records the outcome', async () => {
    const [id] = await storeTestItems(t.db, [{ unitId: street, title: '纺织城拆迁补偿款拖欠', text: '居民反映拆迁补偿款拖欠一年。', publishedAt: '2026-11-20T02:00:00Z' }]);
    // 10:05 in Beijing: outside the quiet hours.
    const r = await processStoredItems(t.db, [id], deps('2026-11-20T02:05:00Z'));
    expect(r.alerts).toHaveLength(1);
    expect(http.received).toHaveLength(1);
    const { headers, body, url } = http.received[0];
    expect(url.pathname).toBe('/hook');
    const expected = `sha256=${crypto.createHmac('sha256', SECRET).update(`${headers['x-yuqing-timestamp']}.${body}`).digest('hex')}`;
    expect(headers['x-yuqing-signature']).toBe(expected);
    expect(JSON.parse(body)).toMatchObject({ title: '【IV级预警】纺织城拆迁补偿款拖欠', link: `https://yq.example.cn/monitoring/events/${r.alerts[0].eventId}` });
    expect(JSON.parse(body).text).toContain('级别：一般（IV级）\n触发：新事件\n单位：灞桥街道办事处\n主题：拆迁');
    const row = await t.db.selectFrom('alert').select(['delivered_at', 'delivery']).where('id', '=', r.alerts[0].id).executeTakeFirstOrThrow();
    expect(row.delivered_at).not.toBeNull();
    expect(JSON.parse(row.delivery!)).toEqual([{ targetId: expect.any(Number), result: { ok: true, status: 200 } }]);
  });

  it('holds grade IV back in quiet hours, and lets grade II through', async () => {
    http.received.length = 0;
    const [quiet] = await storeTestItems(t.db, [{ unitId: street, title: '拆迁户深夜发帖', text: '拆迁户反映夜间施工扰民。', publishedAt: '2026-11-20T15:00:00Z' }]);
    // 23:10 in Beijing.
    const held = await processStoredItems(t.db, [quiet], deps('2026-11-20T15:10:00Z'));
    expect(held.alerts).toMatchObject([{ grade: 4, quiet: true }]);
    expect(http.received).toEqual([]);
    const [major] = await storeTestItems(t.db, [{ unitId: street, title: '省报：某区拆迁引发群体上访', text: '省报报道拆迁引发上访。', mediaTier: 'provincial', publishedAt: '2026-11-20T15:20:00Z' }]);
    const rang = await processStoredItems(t.db, [major], deps('2026-11-20T15:25:00Z'));
    expect(rang.alerts).toMatchObject([{ grade: 2, quiet: false }]);
    expect(http.received).toHaveLength(1);
    expect(JSON.parse(http.received[0].body).title).toBe('【II级预警】省报：某区拆迁引发群体上访');
  });
});
