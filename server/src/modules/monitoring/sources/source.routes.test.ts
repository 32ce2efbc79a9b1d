import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { storeItems } from '../items/index.js';
import { xlsxSheet } from '../../../test/fixtures.js';
import { signBody } from './push-body.js';

const COMPLAINTS = [
  '工单编号,诉求标题,诉求内容,受理时间',
  'GD001,拆迁补偿,纺织城社区拆迁补偿款迟迟不到位，街道推诿,2026/3/5 14:30',
  'GD002,路灯不亮,"东风社区路灯坏了一个月,无人维修",2026/3/6 09:00',
  'GD003,,,2026/3/6 10:00',
  'GD004,噪音扰民,夜间施工噪音扰民,三月七日',
].join('\r\n');

const mergedHeaderSheet = () => xlsxSheet([['诉求信息', '', '受理时间'], ['GD9', '内容', '2026-03-05']], ['A1:B1']);

describe.each(DIALECTS)('sources and items on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let bureau: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
  });
  afterAll(() => t.close());

  it('lets the office manage sources of its unit only; internal is for administrators', async () => {
    const office = await t.client().login('demo_office');
    const created = await office.post('/api/sources', { unitId: street, name: '区融媒体', kind: 'feed', url: 'https://news.example.cn/rss', mediaTier: 'local' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: '区融媒体', health: { state: 'idle', itemsPerDay: 0 } });
    expect((await office.post('/api/sources', { unitId: bureau, name: 'x', kind: 'feed', url: 'https://a.cn/', mediaTier: 'local' })).statusCode).toBe(403);
    const internal = await office.post('/api/sources', { unitId: street, name: '内网', kind: 'feed', url: 'http://10.0.0.5/rss', mediaTier: 'government', internal: true });
    expect(internal.statusCode).toBe(403);
    expect(internal.json().error.code).toBe('internal_source_admin');
    const noUrl = await office.post('/api/sources', { unitId: street, name: '无地址', kind: 'feed', mediaTier: 'local' });
    expect(noUrl.statusCode).toBe(400);
    expect(noUrl.json().error.field).toBe('url');
    const member = await t.client().login('demo_member');
    expect((await member.get('/api/sources')).statusCode).toBe(200);
    expect((await member.post('/api/sources', { unitId: street, name: 'x', kind: 'manual', mediaTier: 'local' })).statusCode).toBe(403);
    const audit = await t.db.db.selectFrom('audit_log').select(['action', 'object_id']).where('action', 'like', 'source.%').where('actor_id', 'is not', null).execute();
    expect(audit).toEqual([{ action: 'source.create', object_id: String(created.json().id) }]);
  });

  it('takes pushes with a good signature only', async () => {
    const office = await t.client().login('demo_office');
    const source = (await office.post('/api/sources', { unitId: street, name: '问政平台推送', kind: 'push', mediaTier: 'government' })).json();
    expect(source.pushToken).toMatch(/^[\w-]{20,}$/);
    expect(source.pushSecret).toMatch(/^[0-9a-f]{64}$/);
    const member = await t.client().login('demo_member');
    expect((await member.get(`/api/sources/${source.id}`)).json()).not.toHaveProperty('pushSecret');

    const body = '{"key":"p1","title":"群众留言","text":"小区拆迁安置房漏水，多次反映无人处理"}\n{"key":"p2","text":"感谢街道及时回应，点赞"}\n{"key":"p3"}';
    const anon = t.client();
    const post = (signature: string | undefined, raw = body) =>
      anon.request('POST', `/api/ingest/${source.pushToken}`, undefined, { rawBody: raw, headers: { 'content-type': 'application/x-ndjson', ...(signature ? { 'x-yuqing-signature': signature } : {}) } });
    for (const bad of [undefined, signBody('wrong', body), signBody(source.pushSecret, `${body} `)]) {
      const res = await post(bad);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('bad_signature');
    }
    expect((await anon.request('POST', '/api/ingest/nosuchtoken123', undefined, { rawBody: body, headers: { 'x-yuqing-signature': signBody(source.pushSecret, body) } })).statusCode).toBe(401);
    const ok = await post(signBody(source.pushSecret, body));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ received: 3, newItems: 2, failures: [{ position: 'line 3' }] });
    const notJson = await post(signBody(source.pushSecret, '<xml/>'), '<xml/>');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('bad_push_body');
  });

  it('imports a GBK complaint export with row numbers for bad rows, and refuses merged headers', async () => {
    const office = await t.client().login('demo_office');
    const source = (await office.post('/api/sources', { unitId: street, name: '12345 热线', kind: 'import', mediaTier: 'government' })).json();
    const res = await office.upload(`/api/sources/${source.id}/import?format=csv&mapping=hotline_12345`, iconv.encode(COMPLAINTS, 'gbk'), 'application/octet-stream');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 4, newItems: 2 });
    expect(res.json().failures.map((f: { position: string }) => f.position)).toEqual(['第 4 行 / row 4', '第 5 行 / row 5']);
    const again = await office.upload(`/api/sources/${source.id}/import?format=csv&mapping=hotline_12345`, iconv.encode(COMPLAINTS, 'gbk'), 'application/octet-stream');
    expect(again.json()).toMatchObject({ newItems: 0 });
    const item = await t.db.db.selectFrom('item').select(['title', 'text', 'published_at']).where('item_key', '=', 'GD002').executeTakeFirstOrThrow();
    expect(item).toEqual({ title: '路灯不亮', text: '东风社区路灯坏了一个月,无人维修', published_at: '2026-03-06T01:00:00.000Z' });

    const badMapping = await office.upload(`/api/sources/${source.id}/import?format=csv&mapping=${encodeURIComponent('{"text":')}`, Buffer.from(COMPLAINTS), 'application/octet-stream');
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().error.field).toBe('mapping');
    const merged = await office.upload(`/api/sources/${source.id}/import?format=xlsx&mapping=hotline_12345`, await mergedHeaderSheet(), 'application/octet-stream');
    expect(merged.statusCode).toBe(400);
    expect(merged.json().error.message).toMatch(/合并单元格/);
    expect(merged.json().error.field).toBe('file');
  });

  it('keeps a unit dictionary the pipeline segments with, and a retention period', async () => {
    const office = await t.client().login('demo_office');
    const url = `/api/units/${street}/monitoring-settings`;
    expect((await office.get(url)).json()).toEqual({ retentionDays: null, dictionary: [], defaultRetentionDays: 180 });
    const put = await office.request('PUT', url, { retentionDays: 90, dictionary: ['纺织城社区', ' 纺织城社区 ', '灞桥街道'] });
    expect(put.json()).toMatchObject({ retentionDays: 90, dictionary: ['纺织城社区', '灞桥街道'] });
    expect((await office.request('PUT', `/api/units/${bureau}/monitoring-settings`, { retentionDays: 90, dictionary: [] })).statusCode).toBe(403);
    const member = await t.client().login('demo_member');
    expect((await member.request('PUT', url, { retentionDays: 30, dictionary: [] })).statusCode).toBe(403);
    const { newItemIds } = await storeItems(t.db.db, { unitId: street, sourceId: null, mediaTier: 'local' }, [{ text: '纺织城社区召开居民议事会，纺织城社区居民代表参加。' }]);
    const row = await t.db.db.selectFrom('item').select('keywords').where('id', '=', newItemIds[0]).executeTakeFirstOrThrow();
    expect(JSON.parse(row.keywords)[0].word).toBe('纺织城社区');
    expect(await t.db.db.selectFrom('audit_log').select('action').where('action', '=', 'monitoring.settings').execute()).toHaveLength(1);
  });

  it('lists, searches with snippets, shows and corrects items within scope', async () => {
    const office = await t.client().login('demo_office');
    const manual = (await office.post('/api/sources', { unitId: street, name: '人工录入', kind: 'manual', mediaTier: 'self_media' })).json();
    const added = await office.post(`/api/sources/${manual.id}/items`, { title: '<script>alert(1)</script>', text: '有网民发帖称舆情处置不及时' });
    expect(added.statusCode, added.body).toBe(201);

    const found = (await office.get(`/api/items?q=${encodeURIComponent('拆迁')}`)).json();
    expect(found.items.length).toBe(2);
    for (const item of found.items) expect(item.snippet.filter((s: { hit: boolean }) => s.hit).map((s: { text: string }) => s.text)).toContain('拆迁');
    expect((await office.get(`/api/items?q=${encodeURIComponent('舆情')}`)).json().items.map((i: { title: string }) => i.title)).toEqual(['<script>alert(1)</script>']);
    expect((await office.get('/api/items?sentiment=negative&mediaTier=government')).json().items.length).toBeGreaterThanOrEqual(2);
    const page = (await office.get('/api/items?limit=2')).json();
    expect(page.items).toHaveLength(2);
    const rest = (await office.get(`/api/items?limit=50&beforeId=${page.nextBeforeId}`)).json();
    expect(rest.items.every((i: { id: number }) => i.id < page.nextBeforeId)).toBe(true);

    const id = found.items[0].id;
    const detail = (await office.get(`/api/items/${id}`)).json();
    expect(detail).toMatchObject({ id, history: [expect.objectContaining({ reposts: 0 })] });
    expect(detail).not.toHaveProperty('author');
    const corrected = await office.request('PUT', `/api/items/${id}/sentiment`, { sentiment: 'positive' });
    expect(corrected.json()).toMatchObject({ sentiment: 'positive', sentimentCorrected: true });
    const audit = await t.db.db.selectFrom('audit_log').select(['action', 'object_id']).where('action', '=', 'item.sentiment').execute();
    expect(audit).toEqual([{ action: 'item.sentiment', object_id: String(id) }]);

    const member = await t.client().login('demo_member');
    expect((await member.request('PUT', `/api/items/${id}/sentiment`, { sentiment: 'negative' })).statusCode).toBe(403);
    const { newItemIds: [elsewhere] } = await storeItems(t.db.db, { unitId: bureau, sourceId: null, mediaTier: 'local' }, [{ text: '住建局拆迁工作通报' }]);
    expect((await office.get(`/api/items/${elsewhere}`)).statusCode).toBe(403);
    expect((await office.get(`/api/items?q=${encodeURIComponent('通报')}`)).json().items).toEqual([]);
    const admin = await t.client().login('demo_admin');
    expect((await admin.get(`/api/items?q=${encodeURIComponent('通报')}`)).json().items.map((i: { id: number }) => i.id)).toEqual([elsewhere]);
  });
});
