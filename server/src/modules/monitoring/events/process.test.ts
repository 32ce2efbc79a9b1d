import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { AlertBus, type LiveAlert } from '../alerts/index.js';
import { processStoredItems } from './index.js';
import { storeTestItems } from './test-items.js';

const ORIGINAL = { title: '纺织城社区拆迁补偿款迟迟未发放', text: '灞桥街道纺织城社区多户居民反映，去年签约的拆迁补偿款至今没有发放，多次到街道询问无果，居民情绪激动，强烈不满。' };
const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

describe.each(DIALECTS)('processing stored items on %s', (dialect) => {
  let t: TestDatabase;
  let street: number;
  let topic: number;
  let clock: Date;
  const bus = new AlertBus();
  const heard: LiveAlert[] = [];
  const deps = { now: () => clock, bus };

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemo(t.db);
    // The demo district has a topic of its own (征地拆迁); these tests watch only theirs.
    await t.db.updateTable('topic').set({ enabled: 0 }).where('is_demo', '=', 1).execute();
    street = (await t.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;
    const now = new Date().toISOString();
    topic = (
      await t.db
        .insertInto('topic')
        .values({ unit_id: street, name: '拆迁与补偿', rule: '(灞桥 OR 纺织城) AND (拆迁 OR 补偿 OR 供暖 OR 读书节)', sensitivity: 1, alert_grade: 3, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    bus.subscribe((a) => heard.push(a));
    // A Beijing working morning, outside any quiet hours.
    clock = new Date('2026-11-20T02:00:00Z');
  });
  afterAll(() => t.drop());

  it('matches topics, opens an event, and graded IV below the threshold it stays silent', async () => {
    const [id, unrelated] = await storeTestItems(t.db, [
      { unitId: street, ...ORIGINAL, publishedAt: clock.toISOString() },
      { unitId: street, title: '灞桥区天气预报', text: '明日多云转晴，气温零下二度到八度。', publishedAt: clock.toISOString() },
    ]);
    const r = await processStoredItems(t.db, [id, unrelated], deps);
    expect(r).toMatchObject({ items: 2, matches: 1, eventsUpdated: [], alerts: [] });
    expect(r.eventsCreated).toHaveLength(1);
    expect(r.regraded).toEqual([{ eventId: r.eventsCreated[0], from: null, to: 4 }]);
    const matches = await t.db.selectFrom('item_topic').select(['item_id', 'topic_id']).where('item_id', 'in', [id, unrelated]).execute();
    expect(matches).toEqual([{ item_id: id, topic_id: topic }]);
    const event = await t.db.selectFrom('event').selectAll().where('id', '=', r.eventsCreated[0]).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ unit_id: street, topic_id: topic, title: ORIGINAL.title, item_count: 1, grade: 4, status: 'open' });
    expect(JSON.parse(event.grade_reasons)[0]).toMatchObject({ rule: 'none', grade: 4 });
    expect(await t.db.selectFrom('event_grade').select('grade').where('event_id', '=', event.id).execute()).toEqual([{ grade: 4 }]);
  });

  it('a repost joins its original; a story sharing only boilerplate opens its own event', async () => {
    clock = minutes(clock, 10);
    const [repost, other] = await storeTestItems(t.db, [
      { unitId: street, text: `转发微博//@灞桥热心市民:太不像话了 ${ORIGINAL.title}，${ORIGINAL.text} 来源：某某网`, publishedAt: clock.toISOString() },
      { unitId: street, text: '【灞桥发布】灞桥区图书馆举办少儿读书节活动，现场发放绘本并组织亲子阅读分享会。来源：西安发布 责任编辑：李明', publishedAt: clock.toISOString() },
    ]);
    const r = await processStoredItems(t.db, [repost, other], deps);
    expect(r.eventsUpdated).toHaveLength(1);
    expect(r.eventsCreated).toHaveLength(1);
    const events = await t.db.selectFrom('event_item').select(['event_id', 'item_id']).where('item_id', 'in', [repost, other]).orderBy('item_id').execute();
    expect(events.map((e) => e.event_id)).toEqual([r.eventsUpdated[0], r.eventsCreated[0]]);
    expect((await t.db.selectFrom('event').select('item_count').where('id', '=', r.eventsUpdated[0]).executeTakeFirstOrThrow()).item_count).toBe(2);
  });

  it('rises to III when local media report it, alerts once, and alerts again on a rise to II', async () => {
    const eventId = (await t.db.selectFrom('event').select('id').where('title', '=', ORIGINAL.title).executeTakeFirstOrThrow()).id;
    clock = minutes(clock, 20);
    const [local] = await storeTestItems(t.db, [{ unitId: street, title: '纺织城社区拆迁补偿款为何迟迟不到位', text: `本报讯 ${ORIGINAL.text}记者多次联系街道未获回应。`, mediaTier: 'local', publishedAt: clock.toISOString() }]);
    const rise = await processStoredItems(t.db, [local], deps);
    expect(rise.regraded).toEqual([{ eventId, from: 4, to: 3 }]);
    expect(rise.alerts).toMatchObject([{ eventId, grade: 3, trigger: 'rise', quiet: false, unitId: street }]);
    expect(heard.map((a) => a.id)).toContain(rise.alerts[0].id);
    const notices = await t.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id').select(['app_user.username', 'notification.title', 'notification.link']).where('notification.kind', '=', 'monitoring.alert').execute();
    expect(notices).toEqual([{ username: 'demo_office', title: `【III级预警】${rise.alerts[0].title}`, link: `/monitoring/events/${eventId}` }]);

    // New counts on a stored item regrade its event without a second alert at the same grade.
    await t.db.updateTable('item').set({ reposts: 3000 }).where('id', '=', local).execute();
    const again = await processStoredItems(t.db, [local], deps);
    expect(again).toMatchObject({ matches: 0, eventsCreated: [], eventsUpdated: [eventId], alerts: [] });
    expect((await t.db.selectFrom('event').select('reposts').where('id', '=', eventId).executeTakeFirstOrThrow()).reposts).toBe(3000);

    clock = minutes(clock, 5);
    const [provincial] = await storeTestItems(t.db, [{ unitId: street, title: '省报关注：纺织城社区拆迁补偿款拖欠', text: ORIGINAL.text, mediaTier: 'provincial', publishedAt: clock.toISOString() }]);
    const major = await processStoredItems(t.db, [provincial], deps);
    expect(major.alerts).toMatchObject([{ eventId, grade: 2, trigger: 'rise' }]);
    const event = await t.db.selectFrom('event').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ grade: 2, highest_tier: 'provincial', title: '省报关注：纺织城社区拆迁补偿款拖欠' });
    expect(JSON.parse(event.grade_reasons).map((r: { rule: string }) => r.rule)).toEqual(['mainstream_media', 'several_sites_negative', 'local_media']);
    const history = await t.db.selectFrom('event_grade').select('grade').where('event_id', '=', eventId).orderBy('id').execute();
    expect(history.map((h) => h.grade)).toEqual([4, 3, 2]);
    expect(await t.db.selectFrom('alert').select('grade').where('event_id', '=', eventId).orderBy('grade', 'desc').execute()).toEqual([{ grade: 3 }, { grade: 2 }]);
  });

  it('four workers processing copies of one story at once open one event', async () => {
    clock = minutes(clock, 60 * 24 * 10);
    const story = { unitId: street, title: '纺织城社区供暖补偿迟迟不到位', text: '纺织城社区居民反映，拆迁安置房供暖补偿至今未到位，多次反映无果。', publishedAt: clock.toISOString() };
    const ids = await storeTestItems(t.db, ['', '转发微博 ', '转发：', '//@网友: '].map((prefix) => ({ ...story, text: prefix + story.text })));
    // PostgreSQL: a connection each, as worker processes have. SQLite runs one connection per process
    // (better-sqlite3 waits for a lock synchronously, so two in one process would deadlock).
    const results = await Promise.all(ids.map((id) => processStoredItems(dialect === 'postgres' ? t.reopen().db : t.db, [id], deps)));
    expect(results.flatMap((r) => r.eventsCreated)).toHaveLength(1);
    const events = await t.db.selectFrom('event_item').select('event_id').where('item_id', 'in', ids).execute();
    expect(new Set(events.map((e) => e.event_id)).size).toBe(1);
  });
});
