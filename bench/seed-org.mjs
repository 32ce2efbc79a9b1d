#!/usr/bin/env node
// Fills a migrated SQLite database with 1,000 units (a district, 40 bureaus and streets, each with
// about 24 communities) and 20,000 people, plus one admin account at the top, for the org-tree bench.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'server/dist', p)).href;
const { openDatabase } = await import(dist('db/database.js'));
const { createAccount } = await import(dist('modules/platform/account.service.js'));
const { systemCtx } = await import(dist('core/context.js'));

const handle = openDatabase({ dataDir: process.argv[2] });
const db = handle.db;
const now = new Date().toISOString();
await db.transaction().execute(async (trx) => {
  const unit = async (parent, name, kind) => {
    const r = await trx.insertInto('unit').values({ parent_id: parent?.id ?? null, path: '/', name, kind, code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    const p = `${parent?.path ?? '/'}${r.id}/`;
    await trx.updateTable('unit').set({ path: p }).where('id', '=', r.id).execute();
    return { id: r.id, path: p };
  };
  const top = await unit(null, '基准区委宣传部', 'propaganda_department');
  const units = [top];
  for (let i = 0; i < 40 && units.length < 1000; i++) {
    const mid = await unit(top, `基准街道${i + 1}`, 'street_office');
    units.push(mid);
    for (let j = 0; j < 24 && units.length < 1000; j++) units.push(await unit(mid, `基准街道${i + 1}社区${j + 1}`, 'community'));
  }
  while (units.length < 1000) units.push(await unit(top, `基准单位${units.length}`, 'other'));
  const depts = [];
  for (const u of units) {
    const d = await trx.insertInto('department').values({ unit_id: u.id, name: '办公室', duties: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    depts.push({ unit: u.id, id: d.id });
  }
  const people = [];
  for (let i = 0; i < 20000; i++) {
    const d = depts[i % depts.length];
    people.push({ unit_id: d.unit, department_id: d.id, name: `人员${i}`, title: '科员', active: 1, is_demo: 0, created_at: now, updated_at: now });
  }
  for (let i = 0; i < people.length; i += 500) await trx.insertInto('person').values(people.slice(i, i + 500)).execute();
  await createAccount(systemCtx(trx), { username: 'bench_admin', password: 'Bench-admin-2026', displayName: '基准管理员', unitId: top.id, roles: ['admin'] });
});
const n = await db.selectFrom('unit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
const p = await db.selectFrom('person').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
console.error(`seeded ${n.n} units and ${p.p ?? p.n} people`);
await handle.close();
