import type { LightMyRequestResponse } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@yuqing/common';
import { buildApp, type App } from '../app.js';
import type { DeliveryConfig } from '../modules/platform/delivery/index.js';
import type { Dialect } from '../db/database.js';
import { seedDemo } from '../demo/demo-data.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp {
  app: App;
  db: TestDatabase;
  /** A client with its own cookie jar, CSRF token included on writes. */
  client(opts?: { locale?: string; ip?: string }): TestClient;
  close(): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class TestClient {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: App,
    private readonly opts: { locale?: string; ip?: string },
  ) {
    this.cookies.set(CSRF_COOKIE, 'test-csrf-token');
    if (opts.locale) this.cookies.set('yq_lang', opts.locale);
  }

  async request(method: Method, url: string, body?: unknown, extra: { headers?: Record<string, string>; rawBody?: string | Buffer } = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...extra.headers };
    if (method !== 'GET') headers[CSRF_HEADER] ??= this.cookies.get(CSRF_COOKIE) ?? '';
    const payload = extra.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await this.app.inject({ method, url, headers, payload, remoteAddress: this.opts.ip ?? '127.0.0.1' });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
  upload = (url: string, data: Buffer, contentType: string) => this.request('POST', url, undefined, { rawBody: data, headers: { 'content-type': contentType } });

  async login(username: string, password = DEMO_PW): Promise<this> {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return this;
  }

  get hasSession(): boolean {
    return this.cookies.has(SESSION_COOKIE);
  }

  dropCookie(name: string): void {
    this.cookies.delete(name);
  }
}

export const DEMO_PW = 'Yuqing@2026demo';

export async function createTestApp(dialect: Dialect, opts: { demo?: boolean; delivery?: DeliveryConfig } = {}): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  if (opts.demo !== false) await seedDemo(db.db);
  const app = await buildApp({
    handle: db,
    logger: false,
    config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, trustProxy: false, webDist: '/nonexistent', logLevel: 'silent' },
    delivery: opts.delivery,
  });
  await app.ready();
  return {
    app,
    db,
    client: (o = {}) => new TestClient(app, o),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Looks a demo unit up by name, for tests that need its id. */
export async function unitId(t: TestApp, name: string): Promise<number> {
  const row = await t.db.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

