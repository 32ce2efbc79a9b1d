#!/usr/bin/env node
// Reports: time to draft and render the half-year summary of a unit with a year of records, and
// the summary of a district that rolls up 200 units. Reads the compiled server
// (`npx tsc -b common server` first); seeds a throw-away SQLite database.
//
// Baselines in the same run: the same summary for a period without records (the fixed cost of
// queries, the channel register and the .docx layout), and the .docx rendering alone of the
// drafted content, so the query share shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'server/dist', p)).href;
const { openDatabase } = await import(dist('db/database.js'));
const { migrateToLatest } = await import(dist('db/migrate.js'));
const reports = await import(dist('modules/documents/reports/index.js'));
const { seedRecords } = await import(dist('modules/documents/reports/testing/seed-records.js'));
const { renderDocx } = await import(dist('modules/documents/index.js'));
const { reportSpec } = await import(dist('modules/documents/reports/render.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UNITS = 200;
const BUSY_ITEMS_PER_MONTH = Number(process.env.BENCH_BUSY_ITEMS ?? 1500);
const ITEMS_PER_MONTH = Number(process.env.BENCH_UNIT_ITEMS ?? 40);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-bench-reports-'));
const handle = openDatabase({ dataDir: dir });
const db = handle.db;
await migrateToLatest(handle);

const now = new Date().toISOString();
const units = [];
await db.transaction().execute(async (trx) => {
  const unit = async (parent, name, kind) => {
    const r = await trx.insertInto('unit').values({ parent_id: parent?.id ?? null, path: '/', name, kind, code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    const p = `${parent?.path ?? '/'}${r.id}/`;
    await trx.updateTable('unit').set({ path: p }).where('id', '=', r.id).execute();
    return { id: r.id, path: p, name };
  };
  const top = await unit(null, '基准区委宣传部', 'propaganda_department');
  for (let i = 0; units.length < UNITS; i++) {
    const street = await unit(top, `基准街道${i + 1}`, 'street_office');
    units.push(street);
    for (let j = 0; j < 19 && units.length < UNITS; j++) units.push(await unit(street, `基准街道${i + 1}社区${j + 1}`, 'community'));
  }
  units.unshift(top);
  // A year of records: every unit a little each month, the first street office a lot.
  for (const u of units.slice(1)) {
    const busy = u === units[1];
    const perMonth = busy ? BUSY_ITEMS_PER_MONTH : ITEMS_PER_MONTH;
    for (let m = 1; m <= 12; m++) {
      const at = `2026-${String(m).padStart(2, '0')}-15T02:00:00.000Z`;
      await seedRecords(trx, {
        unitId: u.id,
        at,
        items: { negative: Math.round(perMonth * 0.2), neutral: Math.round(perMonth * 0.6), positive: Math.round(perMonth * 0.2) },
        events: Array.from({ length: busy ? 30 : 2 }, (_, k) => ({ grade: 4 - (k % 4), items: 5 + k, negative: k })),
        submissions: Array.from({ length: busy ? 6 : 2 }, (_, k) => ({ on: `2026-${String(m).padStart(2, '0')}-${String(k + 1).padStart(2, '0')}`, adopted: k % 2 === 0 })),
      });
    }
  }
});
const items = Number((await db.selectFrom('item').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function time(fn) {
  await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const scopeOf = (u) => ({ unitId: u.id, unitName: u.name, unitPath: u.path });
const H1 = reports.parsePeriod('2026H1');
const EMPTY = reports.parsePeriod('2025H1');
const summary = async (u, period) => {
  const content = await reports.draftContent(db, 'summary', scopeOf(u), period);
  return renderDocx(reportSpec({ ...content, unitName: u.name, addressee: null, date: '2026-06-30' }));
};
const busyContent = await reports.draftContent(db, 'summary', scopeOf(units[1]), H1);
const districtContent = await reports.draftContent(db, 'summary', scopeOf(units[0]), H1);
const rows = [
  ['half-year summary, one street office with a year of records (+ its 19 communities)', await time(() => summary(units[1], H1))],
  ['  baseline: the same unit, a period without records', await time(() => summary(units[1], EMPTY))],
  ['  baseline: .docx layout alone of the drafted summary', await time(() => renderDocx(reportSpec({ ...busyContent, unitName: units[1].name, addressee: null, date: '2026-06-30' })))],
  [`half-year summary of the district, rolling up ${UNITS} units`, await time(() => summary(units[0], H1))],
  ['  baseline: the district, a period without records', await time(() => summary(units[0], EMPTY))],
  ['  baseline: .docx layout alone of the district summary', await time(() => renderDocx(reportSpec({ ...districtContent, unitName: units[0].name, addressee: null, date: '2026-06-30' })))],
];

console.log(`\n## Reports: draft + .docx (SQLite, ${items.toLocaleString('en')} items in 2026, median of ${RUNS} runs)\n`);
console.log('| report | ms |');
console.log('|---|---|');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(0)} |`);
await handle.close();
fs.rmSync(dir, { recursive: true, force: true });
