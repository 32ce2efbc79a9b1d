import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test/databases.js';
import { migrateToLatest } from './migrate.js';

describe.each(DIALECTS)('database on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  it('is configured as the product needs it', async () => {
    if (dialect === 'sqlite') {
      expect(t.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(t.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
    } else {
      const r = await sql<{ datctype: string; enc: string }>`select datctype, pg_encoding_to_char(encoding) as enc from pg_database where datname = current_database()`.execute(t.db);
      expect(r.rows[0]).toEqual({ datctype: 'C.UTF-8', enc: 'UTF8' });
    }
  });

  it('enforces foreign keys', async () => {
    const now = new Date().toISOString();
    await expect(t.db.insertInto('department').values({ unit_id: 424242, name: 'x', duties: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).execute()).rejects.toThrow();
  });

  it('applies migrations once', async () => {
    expect(await migrateToLatest(t)).toEqual([]);
  });

  it('round-trips Chinese text and the same shapes on both dialects', async () => {
    const now = new Date().toISOString();
    const u = await t.db.insertInto('unit').values({ parent_id: null, path: '/', name: '灞桥街道「测试」𠀀', kind: 'street_office', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returningAll().executeTakeFirstOrThrow();
    expect(typeof u.id).toBe('number');
    expect(u.name).toBe('灞桥街道「测试」𠀀');
    expect(u.created_at).toBe(now);
    expect(u.is_demo).toBe(0);
  });
});
