import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.js';
import { seedDemo } from '../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/databases.js';
import { yuqing } from '../../test/cli.js';

describe.each(DIALECTS)('backup and restore on %s', (dialect) => {
  let t: TestDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-backup-'));
  let db: DatabaseHandle;
  const unitCount = async () => (await db.db.selectFrom('unit').select('id').execute()).length;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    db = t;
    await seedDemo(t.db);
  });
  afterAll(async () => {
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores what the backup held, undoing later changes', async () => {
    const file = path.join(dir, 'yuqing.backup');
    const before = await unitCount();
    const backup = yuqing(['backup', file], t.env);
    expect(backup.status, backup.stderr).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await db.db.deleteFrom('oversight').execute();
    await db.db.updateTable('unit').set({ name: '改过的名字' }).execute();
    await db.close();

    const restore = yuqing(['restore', file], t.env);
    expect(restore.status, restore.stderr).toBe(0);
    db = t.reopen();
    const names = await db.db.selectFrom('unit').select('name').execute();
    expect(names).toHaveLength(before);
    expect(names.map((n) => n.name)).toContain('灞桥街道办事处');
    expect((await db.db.selectFrom('oversight').selectAll().execute()).length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a backup and keeps the database', async () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'this is not a database');
    const res = yuqing(['restore', junk], t.env);
    expect(res.status).not.toBe(0);
    expect(await unitCount()).toBeGreaterThan(5);
  });
});
