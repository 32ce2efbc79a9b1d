import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle, type Dialect } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { dropPostgresDatabase, ensurePostgresDatabase } from '../db/postgres-admin.js';

/** Every database test runs once per dialect. PostgreSQL must answer: a missing server fails the run, it is never skipped. */
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export const PG_BASE_URL = process.env.YUQING_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** URL or file another process can open to reach the same database. */
  env: Record<string, string>;
  /** Another connection to the same database (closed by drop). */
  reopen(): DatabaseHandle;
  drop(): Promise<void>;
}

export function pgUrlFor(name: string): string {
  const u = new URL(PG_BASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(dialect: Dialect, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const id = crypto.randomBytes(5).toString('hex');
  let handle: DatabaseHandle;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (dialect === 'postgres') {
    const url = pgUrlFor(`yq_test_${id}`);
    await ensurePostgresDatabase(url);
    handle = openDatabase({ databaseUrl: url, dataDir: os.tmpdir(), poolSize: 5 });
    env = { DATABASE_URL: url };
    cleanup = () => dropPostgresDatabase(url);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-test-'));
    handle = openDatabase({ dataDir: dir });
    env = { YUQING_DATA_DIR: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  if (opts.migrate !== false) await migrateToLatest(handle);
  const handles = [handle];
  const open = { databaseUrl: env.DATABASE_URL, dataDir: env.YUQING_DATA_DIR ?? os.tmpdir(), poolSize: 5 };
  return {
    ...handle,
    env,
    reopen: () => {
      const h = openDatabase(open);
      handles.push(h);
      return h;
    },
    drop: async () => {
      for (const h of handles) await h.close().catch(() => undefined);
      await cleanup();
    },
  };
}
