import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { processStoredItems } from '../events/index.js';
import { storeTestItems } from '../events/test-items.js';
import { digestMessage, runDigests } from './digest.js';

describe.each(DIALECTS)('the daily digest on %s', (dialect) => {
  let t: TestDatabase;
  let street: number;
  let community: number;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemo(t.db);
    // The demo district has a topic of its own (征地拆迁); these tests watch only theirs.
    await t.db.updateTable('topic').set({ enabled: 0 }).where('is_demo', '=', 1).execute();
    const id = async (name: string) => (await t.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    [street, community] = [await id('灞桥街道办事处'), await id('东风社区')];
    const now = new Date().toISOString();
    await t.db.insertInto('topic').values({ unit_id: community, name: '供暖', rule: '供暖', alert_grade: 4, created_at: now, updated_at: now }).execute();
    await t.db.insertInto('alert_setting').values({ unit_id: street, quiet_start: null, quiet_end: null, digest_time: '08:30', updated_at: now }).execute();
  });
  afterAll(() => t.drop());

  it('reports the subtree’s new events, grades, alerts and items by sentiment once a day at the set time', async () => {
    // 08:20 Beijing on 2026-11-20.
    const early = new Date('2026-11-20T00:20:00Z');
    const ids = await storeTestItems(t.db, [
      { unitId: community, title: '东风社区供暖不热，居民投诉无人管', text: '暖气片冰凉，打电话没人接，太差劲了。', publishedAt: '2026-11-19T10:00:00Z' },
      { unitId: community, title: '东风社区为独居老人上门检修供暖', text: '社区工作人员上门服务，老人连连点赞。', publishedAt: '2026-11-19T12:00:00Z' },
    ]);
    await t.db.updateTable('item').set({ fetched_at: '2026-11-19T12:00:00Z' }).where('id', 'in', ids).execute();
    await processStoredItems(t.db, ids, { now: () => new Date('2026-11-19T12:05:00Z') });

    const sent: { unitId: number; title: string; text: string; key: string }[] = [];
    const send = async (unitId: number, m: { title: string; text: string }, key: string) => void sent.push({ unitId, ...m, key });
    expect(await runDigests(t.db, early, send)).toEqual([]);

    const due = new Date('2026-11-20T00:31:00Z');
    const [summary] = await runDigests(t.db, due, send);
    const events = await t.db.selectFrom('event').select(['id', 'grade']).where('unit_id', '=', community).execute();
    expect(summary).toMatchObject({ unitId: street, day: '2026-11-20', alerts: events.length, itemsBySentiment: { negative: 1, positive: 1 } });
    expect(summary.events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(sent).toEqual([{ unitId: street, key: `digest:${street}:2026-11-20`, ...digestMessage(summary) }]);
    expect(sent[0].title).toBe('舆情日报（灞桥街道办事处，2026-11-20）');
    expect(sent[0].text).toContain('负面 1 条，中性 0 条，正面 1 条');
    expect(sent[0].text).toContain(`一般（IV级）${events.length} 起`);

    const office = await t.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id').select(['app_user.username', 'notification.body']).where('notification.kind', '=', 'monitoring.digest').execute();
    expect(office).toEqual([{ username: 'demo_office', body: sent[0].text }]);

    expect(await runDigests(t.db, new Date('2026-11-20T09:00:00Z'), send)).toEqual([]);
    expect(sent).toHaveLength(1);
  });
});
