import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { processStoredItems } from './index.js';
import { storeTestItems } from './test-items.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const STORY = '灞桥街道纺织城社区多户居民反映，去年签约的拆迁补偿款至今没有发放，多次到街道询问无果。';

describe.each(DIALECTS)('topics, events and alert settings over HTTP on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  /** A community of the street office with no demo items or topics: previews and events see only what the tests plant. */
  let watched: number;
  let bureau: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    watched = await unitId(t, '纺织城社区');
    bureau = await unitId(t, '示范区住房和城乡建设局');
    await storeTestItems(t.db.db, [
      { unitId: watched, title: '纺织城社区拆迁补偿款迟迟未发放', text: STORY, publishedAt: hoursAgo(30) },
      { unitId: watched, title: '灞桥街道招聘社区工作者', text: '灞桥街道面向社会公开招聘社区工作者二十名，拆迁安置户优先。', publishedAt: hoursAgo(50) },
      { unitId: watched, title: '旧闻：灞桥拆迁', text: '十天前的拆迁旧闻。', publishedAt: hoursAgo(24 * 10) },
      { unitId: bureau, title: '灞桥拆迁政策解读', text: '住建局解读拆迁补偿政策。', publishedAt: hoursAgo(2) },
    ]);
  });
  afterAll(() => t.close());

  it('previews a rule over the unit’s last 7 days before saving, in word groups or as a rule', async () => {
    const office = await t.client().login('demo_office');
    const byRule = await office.post('/api/topics/preview', { unitId: watched, rule: '灞桥 AND 拆迁 NOT 招聘' });
    expect(byRule.statusCode, byRule.body).toBe(200);
    expect(byRule.json()).toMatchObject({ days: 7, matched: 1, sample: [{ title: '纺织城社区拆迁补偿款迟迟未发放' }] });
    expect(byRule.json().sample[0].hits.map((h: { term: string }) => h.term)).toEqual(['拆迁', '灞桥', '拆迁']);
    const byGroups = await office.post('/api/topics/preview', { unitId: watched, wordGroups: { region: ['灞桥'], subject: [], event: ['拆迁'], exclude: ['招聘'] } });
    expect(byGroups.json()).toMatchObject({ rule: '灞桥 AND 拆迁 NOT 招聘', matched: 1 });
    expect((await office.get(`/api/topics?unitId=${watched}`)).json().topics).toEqual([]);
  });

  it('names the position of a syntax error, and stores nothing', async () => {
    const office = await t.client().login('demo_office');
    const bad = await office.post('/api/topics', { unitId: watched, name: '拆迁', rule: '(灞桥 OR 灞桥街道 AND 拆迁' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'rule_syntax', field: 'rule', details: { code: 'unbalanced_paren', position: 0 } });
    expect(bad.json().error.message).toContain('第 1 个字符处');
    const en = await t.client({ locale: 'en' }).login('demo_office');
    expect((await en.post('/api/topics/preview', { unitId: watched, rule: '灞桥 AND' })).json().error.message).toContain('at character 4');
    expect((await office.get(`/api/topics?unitId=${watched}`)).json().topics).toEqual([]);
  });

  it('keeps topics per unit with permissions, scope and audit', async () => {
    const office = await t.client().login('demo_office');
    const created = await office.post('/api/topics', { unitId: watched, name: '拆迁补偿', wordGroups: { region: ['灞桥', '纺织城'], subject: [], event: ['拆迁', '补偿'], exclude: ['招聘'] }, sensitivity: 2, alertGrade: 4 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ rule: '(灞桥 OR 纺织城) AND (拆迁 OR 补偿) NOT 招聘', sensitivity: 2, alertGrade: 4, enabled: true });
    expect(created.json().description).toContain('不含「招聘」');
    const id = created.json().id;
    const patched = await office.patch(`/api/topics/${id}`, { rule: '纺织城 AND 拆迁' });
    expect(patched.json()).toMatchObject({ rule: '纺织城 AND 拆迁', wordGroups: null });
    const head = await t.client().login('demo_kezhang');
    expect((await head.patch(`/api/topics/${id}`, { name: '拆迁补偿（综治办）' })).statusCode).toBe(200);
    const member = await t.client().login('demo_member');
    expect((await member.get(`/api/topics/${id}`)).statusCode).toBe(200);
    expect((await member.post('/api/topics', { unitId: watched, name: 'x', rule: 'x' })).json().error.code).toBe('forbidden');
    expect((await office.post('/api/topics', { unitId: bureau, name: '越权', rule: '拆迁' })).json().error.code).toBe('out_of_scope');
    const district = await t.client().login('demo_xuanchuan');
    const foreign = (await district.post('/api/topics', { unitId: bureau, name: '住建拆迁', rule: '拆迁' })).json();
    expect((await office.get(`/api/topics/${foreign.id}`)).json().error.code).toBe('out_of_scope');
    const actions = await t.db.db.selectFrom('audit_log').select('action').where('object_type', '=', 'topic').where('object_id', '=', String(id)).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['topic.create', 'topic.update', 'topic.update']);
  });

  it('shows events with grade, reasons, timeline and history; merges and splits them, audited', async () => {
    const office = await t.client().login('demo_office');
    const topic = (await office.post('/api/topics', { unitId: watched, name: '供暖', rule: '灞桥 AND (供暖 OR 停暖)', alertGrade: 4 })).json();
    const ids = await storeTestItems(t.db.db, [
      { unitId: watched, title: '灞桥多个小区供暖不热', text: '灞桥街道东风社区多个小区暖气不热，居民投诉无人处理。', publishedAt: hoursAgo(3) },
      { unitId: watched, title: '灞桥东风社区供暖不热', text: '转发：灞桥街道东风社区多个小区暖气不热，居民投诉无人处理。', publishedAt: hoursAgo(2) },
      { unitId: watched, title: '灞桥一小区突然停暖', text: '灞桥街道纺织城片区一小区因管道爆裂突然停暖，抢修人员正在处置。', publishedAt: hoursAgo(1) },
    ]);
    const r = await processStoredItems(t.db.db, ids, { now: () => new Date() });
    expect(r.eventsCreated).toHaveLength(2);
    const list = (await office.get(`/api/events?topicId=${topic.id}`)).json().events;
    expect(list).toHaveLength(2);
    const [big] = list.filter((e: { itemCount: number }) => e.itemCount === 2);
    const detail = (await office.get(`/api/events/${big.id}`)).json();
    expect(detail).toMatchObject({ grade: 4, topicName: '供暖', itemCount: 2, tiers: { self_media: 2 } });
    expect(detail.gradeReasons[0]).toMatchObject({ rule: 'none', grade: 4 });
    expect(detail.gradeReasons[0]['zh-CN']).toContain('信息 2 条');
    expect(detail.timeline.map((h: { count: number }) => h.count)).toEqual([1, 1]);
    expect(detail.history).toHaveLength(1);
    // The alert threshold IV made both new events alert.
    expect((await office.get('/api/alerts')).json().alerts.filter((a: { topicName: string }) => a.topicName === '供暖')).toHaveLength(2);

    const other = list.find((e: { id: number }) => e.id !== big.id);
    const member = await t.client().login('demo_member');
    expect((await member.post(`/api/events/${big.id}/merge`, { eventIds: [other.id] })).json().error.code).toBe('forbidden');
    const merged = await office.post(`/api/events/${big.id}/merge`, { eventIds: [other.id] });
    expect(merged.json()).toMatchObject({ id: big.id, itemCount: 3 });
    expect((await office.get(`/api/events/${other.id}`)).json()).toMatchObject({ status: 'merged', mergedInto: big.id });
    expect((await office.post(`/api/events/${other.id}/split`, { itemIds: [ids[2]] })).json().error.code).toBe('event_merged');
    expect((await office.post(`/api/events/${big.id}/split`, { itemIds: ids })).json().error).toMatchObject({ code: 'split_items', field: 'itemIds' });
    const split = await office.post(`/api/events/${big.id}/split`, { itemIds: [ids[2]] });
    expect(split.statusCode, split.body).toBe(201);
    expect(split.json()).toMatchObject({ kept: { itemCount: 2 }, split: { itemCount: 1, title: '灞桥一小区突然停暖' } });
    const audit = await t.db.db.selectFrom('audit_log').select('action').where('object_type', '=', 'event').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['event.merge', 'event.split']);
  });

  it('keeps quiet hours, digest time and watch periods per unit; only admin and the office change them', async () => {
    const office = await t.client().login('demo_office');
    const put = await office.request('PUT', `/api/units/${street}/alert-settings`, { quietStart: '22:00', quietEnd: '07:00', digestTime: '08:30' });
    expect(put.json()).toMatchObject({ quietStart: '22:00', quietEnd: '07:00', digestTime: '08:30', inheritedFrom: null });
    const bad = await office.request('PUT', `/api/units/${street}/alert-settings`, { quietStart: '25:00', quietEnd: null, digestTime: null });
    expect(bad.json().error.field).toBe('quietStart');
    const community = await unitId(t, '东风社区');
    expect((await office.get(`/api/units/${community}/alert-settings`)).json()).toMatchObject({ quietStart: '22:00', inheritedFrom: street });
    const period = await office.post(`/api/units/${street}/watch-periods`, { name: '国庆节', startsOn: '2026-10-01', endsOn: '2026-10-07' });
    expect(period.statusCode).toBe(201);
    expect((await office.post(`/api/units/${street}/watch-periods`, { name: '倒置', startsOn: '2026-10-07', endsOn: '2026-10-01' })).json().error).toMatchObject({ code: 'period_order', field: 'endsOn' });
    expect((await office.get(`/api/units/${community}/alert-settings`)).json().watchPeriods).toMatchObject([{ name: '国庆节', inherited: true }]);
    const head = await t.client().login('demo_kezhang');
    expect((await head.request('PUT', `/api/units/${street}/alert-settings`, { quietStart: null, quietEnd: null, digestTime: null })).json().error.code).toBe('forbidden');
    expect((await head.delete(`/api/watch-periods/${period.json().id}`)).json().error.code).toBe('forbidden');
    expect((await office.request('PUT', `/api/units/${bureau}/alert-settings`, { quietStart: null, quietEnd: null, digestTime: null })).json().error.code).toBe('out_of_scope');
    expect((await office.delete(`/api/watch-periods/${period.json().id}`)).statusCode).toBe(204);
    expect((await office.get(`/api/units/${street}/grade-rules`)).json()).toMatchObject({ own: false, inheritedFrom: null, rules: expect.arrayContaining([expect.objectContaining({ id: 'mainstream_media', grade: 2 })]) });
    const rules = await office.request('PUT', `/api/units/${street}/grade-rules`, { rules: [{ id: 'three_items', grade: 2, when: { volume: 3 } }] });
    expect(rules.statusCode, rules.body).toBe(200);
    expect((await office.get(`/api/units/${community}/grade-rules`)).json()).toMatchObject({ rules: [{ id: 'three_items' }], own: false, inheritedFrom: street });
    expect((await office.get(`/api/units/${street}/grade-rules`)).json()).toMatchObject({ own: true, inheritedFrom: null });
  });
});
