import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@yuqing/common';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, DEMO_PW, type TestApp } from '../../test/app.js';

describe.each(DIALECTS)('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite session cookie and stores only its hash', async () => {
    const res = await t.client().post('/api/auth/login', { username: 'demo_office', password: DEMO_PW });
    expect(res.statusCode).toBe(200);
    const cookie = (res.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string }[]).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const stored = await t.db.db.selectFrom('session').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(cookie.value);
    expect(res.json().user).toMatchObject({ username: 'demo_office', roles: ['group_office'], demo: true, scope: { unitName: '灞桥街道办事处', unitCount: 3 } });
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const res = await t.client().request('POST', '/api/auth/login', { username: 'demo_office', password: DEMO_PW }, { headers: { 'x-forwarded-proto': 'https' } });
    // trustProxy is off in tests: the header alone must not make a plain-HTTP cookie Secure.
    const cookie = (res.cookies as { name: string; secure?: boolean }[]).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.secure).toBeFalsy();
  });

  it('logs out and revokes the session', async () => {
    const c = await t.client().login('demo_member');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('expires idle sessions', async () => {
    const c = await t.client().login('demo_kezhang');
    await t.db.db.updateTable('session').set({ last_seen_at: new Date(Date.now() - 3 * 3600_000).toISOString() }).execute();
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
  });

  it('changes the password, refusing a weak one, and ends other sessions', async () => {
    const a = await t.client().login('demo_banzi');
    const b = await t.client().login('demo_banzi');
    const weak = await a.post('/api/auth/password', { currentPassword: DEMO_PW, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });
    const wrong = await a.post('/api/auth/password', { currentPassword: 'not-it-123', newPassword: 'Another-pass-2026' });
    expect(wrong.json().error.code).toBe('wrong_current_password');
    expect((await a.post('/api/auth/password', { currentPassword: DEMO_PW, newPassword: 'Another-pass-2026' })).statusCode).toBe(204);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    await t.client().login('demo_banzi', 'Another-pass-2026');
  });

  it('remembers the language on the account', async () => {
    const c = await t.client().login('demo_jijian');
    expect((await c.patch('/api/auth/me', { locale: 'en' })).json().locale).toBe('en');
    expect((await c.patch('/api/auth/me', { locale: 'fr' })).statusCode).toBe(400);
  });

  it('refuses to remove the last administrator', async () => {
    const admin = await t.client().login('demo_admin');
    const me = (await admin.get('/api/auth/me')).json();
    const res = await admin.patch(`/api/accounts/${me.id}`, { roles: ['member'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
  });
});

describe.each(DIALECTS)('first-run setup on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: false });
  });
  afterAll(() => t.close());

  it('creates the top unit and first admin once, then refuses', async () => {
    const c = t.client();
    expect((await c.get('/api/setup')).json()).toEqual({ needed: true });
    const body = { unitName: '某区委宣传部', unitKind: 'propaganda_department', username: 'root_admin', password: 'First-admin-2026', displayName: '管理员' };
    expect((await c.post('/api/setup', body)).statusCode).toBe(201);
    expect((await c.get('/api/setup')).json()).toEqual({ needed: false });
    const again = await c.post('/api/setup', { ...body, username: 'second' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_done');
    await c.login('root_admin', 'First-admin-2026');
    expect((await c.get('/api/auth/me')).json().demo).toBe(false);
  });
});
