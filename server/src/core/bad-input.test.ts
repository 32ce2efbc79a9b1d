import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../test/app.js';

describe.each(DIALECTS)('bad input on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  const departmentCount = async () => (await t.db.db.selectFrom('department').select('id').execute()).length;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
  });
  afterAll(() => t.close());

  it('malformed JSON → 400 naming the problem', async () => {
    const c = await t.client().login('demo_office');
    const before = await departmentCount();
    const res = await c.request('POST', '/api/departments', undefined, { rawBody: '{"unitId": 1, "name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_json');
    expect(res.json().error.message).toMatch(/JSON/);
    expect(await departmentCount()).toBe(before);
  });

  it('unknown and wrong-typed fields → 400 naming the field, in the caller’s language', async () => {
    const zh = await t.client().login('demo_office');
    const unknown = await zh.post('/api/departments', { unitId: street, name: '甲', colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_field', field: 'colour' });
    expect(unknown.json().error.message).toBe('不认识的字段「colour」');

    const wrong = await zh.post('/api/departments', { unitId: 'abc', name: '甲' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('unitId');
    expect(wrong.json().error.message).toContain('所属单位');

    const en = await t.client({ locale: 'en' }).login('demo_office');
    const empty = await en.post('/api/departments', { unitId: street, name: '' });
    expect(empty.json().error).toMatchObject({ code: 'validation', field: 'name' });
    expect(empty.json().error.message).toBe('Field "name" is invalid: needs at least 1 characters');
  });

  it('an oversized body → 413 and nothing stored', async () => {
    const c = await t.client().login('demo_office');
    const before = await departmentCount();
    const res = await c.post('/api/departments', { unitId: street, name: '大', duties: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await departmentCount()).toBe(before);
  });

  it('a write without the CSRF token → 403', async () => {
    const c = await t.client().login('demo_office');
    const res = await c.request('POST', '/api/departments', { unitId: street, name: '无令牌科' }, { headers: { 'x-csrf-token': 'forged' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('five wrong passwords lock the account, naming the unlock time; nothing else changes', async () => {
    const c = t.client({ ip: '10.9.9.9' });
    for (let i = 0; i < 4; i++) {
      const res = await c.post('/api/auth/login', { username: 'demo_member', password: 'wrong-password-1' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('bad_credentials');
    }
    const fifth = await c.post('/api/auth/login', { username: 'demo_member', password: 'wrong-password-1' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 后再试/);
    const right = await c.post('/api/auth/login', { username: 'demo_member', password: 'Yuqing@2026demo' });
    expect(right.statusCode).toBe(423);
    expect(c.hasSession).toBe(false);
    const admin = await t.client().login('demo_admin');
    const acc = (await admin.get('/api/accounts')).json().accounts.find((a: { username: string }) => a.username === 'demo_member');
    expect(acc.lockedUntil).not.toBeNull();
    expect((await admin.patch(`/api/accounts/${acc.id}`, { unlock: true })).statusCode).toBe(200);
    expect((await c.post('/api/auth/login', { username: 'demo_member', password: 'Yuqing@2026demo' })).statusCode).toBe(200);
  });

  it('an unknown API path → JSON 404', async () => {
    const res = await t.client().get('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });
});
