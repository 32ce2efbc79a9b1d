import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { startHttpReceiver, type HttpReceiver } from './test-receivers.js';

const WECOM_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const SECRET = 'SECa1b2c3d4e5f6a7b8c9d0';

describe.each(DIALECTS)('delivery targets on %s', (dialect) => {
  let t: TestApp;
  let http: HttpReceiver;
  let district: number;
  let street: number;
  let bureau: number;
  beforeAll(async () => {
    http = await startHttpReceiver();
    t = await createTestApp(dialect, { delivery: { smtp: null, publicUrl: 'https://yq.example.cn' } });
    district = await unitId(t, '示范区委宣传部');
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
  });
  afterAll(async () => {
    await t.close();
    await http.close();
  });

  /** An internal target on the local receiver; only an administrator may create one. */
  async function internalTarget(unit: number, body: Record<string, unknown> = {}) {
    const admin = await t.client().login('demo_admin');
    const res = await admin.post('/api/delivery-targets', { unitId: unit, name: '值班群', kind: 'dingtalk', url: `${http.base}/robot/send?access_token=${WECOM_KEY}`, secret: SECRET, purposes: ['alert'], internal: true, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; url: string; secret: string };
  }

  it('refuses a loopback address unless an administrator marks the target internal', async () => {
    const office = await t.client().login('demo_office');
    const local = await office.post('/api/delivery-targets', { unitId: street, name: '本机', kind: 'wecom', url: `${http.base}/hook`, purposes: ['alert'] });
    expect(local.statusCode).toBe(400);
    expect(local.json().error).toMatchObject({ code: 'delivery_private_url', field: 'url' });
    expect(local.json().error.message).toContain('127.0.0.1');
    const marked = await office.post('/api/delivery-targets', { unitId: street, name: '本机', kind: 'wecom', url: `${http.base}/hook`, purposes: ['alert'], internal: true });
    expect(marked.statusCode).toBe(403);
    expect(marked.json().error.code).toBe('delivery_internal_admin_only');
    expect((await office.get(`/api/delivery-targets?unitId=${street}`)).json().targets).toEqual([]);
  });

  it('masks secrets and robot keys in answers and in the audit log', async () => {
    const created = await internalTarget(street, { name: '掩码测试' });
    expect(created.secret).toBe(`****${SECRET.slice(-4)}`);
    expect(created.url).toBe(`${http.base}/robot/send?access_token=693a****`);
    const office = await t.client().login('demo_office');
    const listed = (await office.get(`/api/delivery-targets?unitId=${street}`)).body;
    const audit = await t.db.db.selectFrom('audit_log').select('summary').where('object_type', '=', 'delivery_target').execute();
    expect(audit.length).toBeGreaterThan(0);
    for (const text of [listed, JSON.stringify(created), ...audit.map((a) => a.summary)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(WECOM_KEY);
    }
  });

  it('keeps the stored secret and address when an edit leaves them out, and lets only an admin re-point an internal target', async () => {
    const target = await internalTarget(street, { name: '编辑测试' });
    const office = await t.client().login('demo_office');
    const renamed = await office.patch(`/api/delivery-targets/${target.id}`, { name: '编辑测试（改名）', purposes: ['alert', 'incident'] });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '编辑测试（改名）', purposes: ['alert', 'incident'], internal: true, hasSecret: true });
    const row = await t.db.db.selectFrom('delivery_target').select(['secret', 'url']).where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ secret: SECRET, url: `${http.base}/robot/send?access_token=${WECOM_KEY}` });
    const repoint = await office.patch(`/api/delivery-targets/${target.id}`, { url: 'http://10.1.2.3/other' });
    expect(repoint.statusCode).toBe(403);
    expect((await office.patch(`/api/delivery-targets/${target.id}`, { internal: false })).statusCode).toBe(403);
    const admin = await t.client().login('demo_admin');
    expect((await admin.patch(`/api/delivery-targets/${target.id}`, { url: 'http://10.1.2.3/other' })).statusCode).toBe(200);
  });

  it('sends a test message and shows the result as the last attempt', async () => {
    const target = await internalTarget(street, { name: '测试发送' });
    const office = await t.client().login('demo_office');
    http.received.length = 0;
    const ok = await office.post(`/api/delivery-targets/${target.id}/test`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, status: 200, error: null, attempt: { purpose: 'test', status: 'sent' } });
    expect(http.received).toHaveLength(1);
    expect(JSON.parse(http.received[0].body).markdown.text).toContain('https://yq.example.cn/system/delivery');

    http.answers.push({ body: { errcode: 310000, errmsg: 'sign not match' } });
    const en = await t.client({ locale: 'en' }).login('demo_office');
    const refused = (await en.post(`/api/delivery-targets/${target.id}/test`)).json();
    expect(refused.ok).toBe(false);
    expect(refused.error).toBe('DingTalk group robot refused it (code 310000): sign not match');
    const listed = (await office.get(`/api/delivery-targets?unitId=${street}`)).json().targets.find((x: { id: number }) => x.id === target.id);
    expect(listed.lastAttempt).toMatchObject({ status: 'failed', error: '钉钉群机器人拒收（错误码 310000）：sign not match' });
    const attempts = (await office.get(`/api/delivery-attempts?targetId=${target.id}`)).json().attempts;
    expect(attempts.map((a: { status: string }) => a.status)).toEqual(['failed', 'sent']);
    const audited = await t.db.db.selectFrom('audit_log').select('action').where('object_id', '=', String(target.id)).where('action', '=', 'delivery.test').execute();
    expect(audited).toHaveLength(2);
  });

  it('checks each kind for what it needs, naming the field', async () => {
    const office = await t.client().login('demo_office');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'email', recipients: [] }, 'recipients'],
      [{ kind: 'email', recipients: ['不是邮箱'] }, 'recipients.0'],
      [{ kind: 'webhook', url: 'https://hooks.example.cn/in' }, 'secret'],
      [{ kind: 'feishu' }, 'url'],
      [{ kind: 'wecom', url: 'ftp://example.cn/x' }, 'url'],
      [{ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/x', purposes: [] }, 'purposes'],
    ];
    for (const [body, field] of cases) {
      const res = await office.post('/api/delivery-targets', { unitId: street, name: '坏输入', purposes: ['alert'], ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field, JSON.stringify(body)).toBe(field);
    }
    const mail = await office.post('/api/delivery-targets', { unitId: street, name: '办公室邮箱', kind: 'email', recipients: ['office@bq.example.cn'], purposes: ['digest'] });
    expect(mail.statusCode, mail.body).toBe(201);
    expect(mail.json()).toMatchObject({ kind: 'email', url: null, secret: null, recipients: ['office@bq.example.cn'] });
  });

  it('keeps each unit to its subtree, and the office roles to themselves', async () => {
    const districtTarget = await internalTarget(district, { name: '区值班群' });
    const bureauTarget = await internalTarget(bureau, { name: '住建局群' });
    const streetOffice = await t.client().login('demo_office');
    for (const [method, url] of [
      ['GET', `/api/delivery-targets/${districtTarget.id}`],
      ['PATCH', `/api/delivery-targets/${bureauTarget.id}`],
      ['DELETE', `/api/delivery-targets/${districtTarget.id}`],
      ['POST', `/api/delivery-targets/${bureauTarget.id}/test`],
      ['GET', `/api/delivery-attempts?targetId=${districtTarget.id}`],
      ['GET', `/api/delivery-targets?unitId=${district}`],
    ] as const) {
      const res = await streetOffice.request(method, url, method === 'GET' ? undefined : method === 'PATCH' ? { name: 'x' } : {});
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.code).toBe('out_of_scope');
    }
    const own = (await streetOffice.get('/api/delivery-targets')).json().targets.map((x: { unitId: number }) => x.unitId);
    expect(new Set(own)).toEqual(new Set([street]));
    // The district's office sees its own and every subordinate unit's targets.
    const districtOffice = await t.client().login('demo_xuanchuan');
    const all = (await districtOffice.get('/api/delivery-targets')).json().targets.map((x: { unitId: number }) => x.unitId);
    expect(new Set(all)).toEqual(new Set([district, street, bureau]));
    const member = await t.client().login('demo_member');
    expect((await member.get('/api/delivery-targets')).json().error.code).toBe('forbidden');
  });

  it('deletes a target with its attempts, audited; an internal one only by an admin', async () => {
    const target = await internalTarget(street, { name: '待删除' });
    const office = await t.client().login('demo_office');
    await office.post(`/api/delivery-targets/${target.id}/test`);
    expect((await office.delete(`/api/delivery-targets/${target.id}`)).statusCode).toBe(403);
    const admin = await t.client().login('demo_admin');
    expect((await admin.delete(`/api/delivery-targets/${target.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/delivery-targets/${target.id}`)).statusCode).toBe(403);
    expect(await t.db.db.selectFrom('delivery_attempt').select('id').where('target_id', '=', target.id).execute()).toEqual([]);
    const audit = await t.db.db.selectFrom('audit_log').select('action').where('object_id', '=', String(target.id)).where('object_type', '=', 'delivery_target').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['delivery.target.create', 'delivery.test', 'delivery.target.delete']);
  });
});
