import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MIME } from '../../core/uploads.js';
import { readXlsx } from '../../core/xlsx.js';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { xlsxSheet } from '../../test/fixtures.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();


describe.each(DIALECTS)('channels on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let bureau: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
  });
  afterAll(() => t.close());

  it('registers channels and flags the stale ones by the inspection rules', async () => {
    const office = await t.client().login('demo_office');
    const fresh = await office.post('/api/channels', { unitId: street, kind: 'wechat_official', name: '灞桥街道办事处公众号', lastUpdateAt: daysAgo(2), realNameVerified: true });
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(fresh.json().health.level).toBe('warn');
    expect(fresh.json().health.flags.map((f: { code: string }) => f.code)).toEqual(['review_overdue']);
    const stale = await office.post('/api/channels', { unitId: street, kind: 'website', name: '街道政务公开栏目', lastUpdateAt: daysAgo(20) });
    expect(stale.json().health).toMatchObject({ level: 'fail', flags: [{ code: 'stale_update', days: 20 }, { code: 'review_overdue' }] });
    const reviewed = await office.post(`/api/channels/${fresh.json().id}/reviews`, { notes: '内容合规' });
    expect(reviewed.json().health.level).toBe('ok');
    const failing = (await office.get('/api/channels?level=fail')).json().channels.map((c: { name: string }) => c.name);
    expect(failing).toContain('街道政务公开栏目');
    expect(failing).not.toContain('灞桥街道办事处公众号');
  });

  it('follows the unit’s own thresholds', async () => {
    const office = await t.client().login('demo_office');
    const c = (await office.post('/api/channels', { unitId: street, kind: 'weibo', name: '灞桥微博', lastUpdateAt: daysAgo(9) })).json();
    expect(c.health.flags.map((f: { code: string }) => f.code)).not.toContain('stale_update');
    const put = await office.request('PUT', `/api/units/${street}/channel-rules`, { staleUpdateDays: 7, staleColumnDays: 183, unansweredFailDays: 90, unansweredWarnDays: 7 });
    expect(put.statusCode).toBe(200);
    expect((await office.get(`/api/channels/${c.id}`)).json().health.flags[0].code).toBe('stale_update');
  });

  it('needs a reason to close a channel, and keeps others’ channels out of reach', async () => {
    const office = await t.client().login('demo_office');
    const c = (await office.post('/api/channels', { unitId: street, kind: 'wechat_group', name: '综治工作群', memberCount: 35 })).json();
    const noReason = await office.patch(`/api/channels/${c.id}`, { status: 'closed' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'close_needs_reason', field: 'statusReason' });
    expect((await office.patch(`/api/channels/${c.id}`, { status: 'closed', statusReason: '工作结束解散' })).json().status).toBe('closed');
    const foreign = await office.post('/api/channels', { unitId: bureau, kind: 'website', name: '越权' });
    expect(foreign.statusCode).toBe(403);
    const member = await t.client().login('demo_member');
    expect((await member.post('/api/channels', { unitId: street, kind: 'website', name: '无权' })).statusCode).toBe(403);
  });

  it('imports a register sheet after a preview, naming each bad row, and exports it again', async () => {
    const office = await t.client().login('demo_office');
    const header = ['序号', '阵地类型', '名称', '主管科室', '成员数', '实名验证', '最近更新', '状态'];
    const bad = await xlsxSheet([header, [1, '微信工作群', '党政办工作群', '党政办', 28, '是', '2026-11-01', '正常'], [2, '短视频', '抖音号', '火星科', 'abc', '也许', '3月底', '正常']]);
    const preview = await office.upload(`/api/units/${street}/channels/import?dryRun=true`, bad, XLSX_MIME);
    expect(preview.statusCode).toBe(200);
    const problems = preview.json().problems as { row: number; field: string }[];
    expect(problems.every((p) => p.row === 3)).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['阵地类型', '主管科室', '成员数', '最近更新', '实名验证']);
    const before = (await office.get('/api/channels')).json().channels.length;
    const refused = await office.upload(`/api/units/${street}/channels/import`, bad, XLSX_MIME);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('第 3 行');
    expect((await office.get('/api/channels')).json().channels.length).toBe(before);

    const good = await xlsxSheet([header, [1, '微信工作群', '党政办工作群', '党政办', 28, '是', '2026年11月1日', '正常'], [2, 'QQ工作群', '社区网格员群', '', 120, '否', '', '正常']]);
    const done = await office.upload(`/api/units/${street}/channels/import`, good, XLSX_MIME);
    expect(done.json().imported).toBe(2);
    const exported = await office.get(`/api/channels/export.xlsx?unitId=${street}`);
    expect(exported.headers['content-type']).toBe(XLSX_MIME);
    const rows = await readXlsx(exported.rawPayload, ['名称', '阵地类型', '最近更新', '健康状况']);
    const group = rows.find((r) => r.values['名称'] === '党政办工作群')!;
    expect(group.values).toMatchObject({ 阵地类型: '微信工作群', 最近更新: '2026-11-01 00:00:00' });
    expect(rows.find((r) => r.values['名称'] === '社区网格员群')!.values['健康状况']).toBe('需关注');
  });

  it('refuses a broken or merged-header sheet with a clear error', async () => {
    const office = await t.client().login('demo_office');
    const junk = await office.upload(`/api/units/${street}/channels/import`, Buffer.from('PK\u0003\u0004 broken'), XLSX_MIME);
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error).toMatchObject({ code: 'unreadable_file', field: 'file' });
    const merged = await office.upload(`/api/units/${street}/channels/import`, await xlsxSheet([['阵地类型', '', '名称']], ['A1:B1']), XLSX_MIME);
    expect(merged.json().error.message).toContain('合并单元格');
  });
});
