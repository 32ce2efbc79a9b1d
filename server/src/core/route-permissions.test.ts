import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, roleHasPermission, type Role } from '@yuqing/common';
import { DIALECTS } from '../test/databases.js';
import { createTestApp, type TestApp, type TestClient } from '../test/app.js';

/** Fills path parameters with an id that exists nowhere, so an allowed call can at worst be refused for scope, never succeed by accident. */
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, '987654');

describe.each(DIALECTS)('route permissions on %s', (dialect) => {
  let t: TestApp;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await t.client().login('demo_admin');
    const root = (await t.db.db.selectFrom('unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id;
    for (const role of ROLES) {
      const res = await admin.post('/api/accounts', { username: `only_${role}`, password: 'Matrix-pass-2026', displayName: role, unitId: root, roles: [role] });
      expect(res.statusCode, res.body).toBe(201);
      clients.set(role, await t.client().login(`only_${role}`, 'Matrix-pass-2026'));
    }
  });
  afterAll(() => t.close());

  it('every API route declares a permission', () => {
    const undeclared = t.app.registeredRoutes.filter((r) => r.permission === undefined).map((r) => `${r.method} ${r.url}`);
    expect(t.app.registeredRoutes.length).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it('anonymous callers reach only public routes', async () => {
    const anon = t.client();
    for (const r of t.app.registeredRoutes) {
      if (r.url.startsWith('/api/docs')) continue;
      const res = await anon.request(r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : {});
      if (r.permission === 'public') expect(res.statusCode, `${r.method} ${r.url}`).not.toBe(401);
      else expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('each role is allowed or denied exactly as declared', async () => {
    // Logging out ends the session the rest of the loop needs, so it goes last.
    const routes = [...t.app.registeredRoutes].filter((r) => !r.url.startsWith('/api/docs')).sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
    const mismatches: string[] = [];
    let checked = 0;
    for (const r of routes) {
      for (const role of ROLES) {
        const res = await clients.get(role)!.request(r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : {});
        const denied = res.statusCode === 403 && res.json().error.code === 'forbidden';
        const expectAllowed = r.permission !== undefined && roleHasPermission([role], r.permission);
        if (denied === expectAllowed) mismatches.push(`${role} ${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });
});
