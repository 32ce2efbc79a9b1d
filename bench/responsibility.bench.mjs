#!/usr/bin/env node
// Responsibility dashboard roll-up: a district of 200 units (19 streets with 9 communities each, plus
// bureaus) holding 20,000 task occurrences and 2,000 meetings, read as the district's roll-up beside
// the same query for one community. p50 and p95 of 300 calls each, after a warm-up, in-process against the
// compiled server (the service function the route calls; no HTTP in the figure). SQLite always; PostgreSQL
// too when BENCH_PG_URL names a server (a scratch database is created on it and dropped after).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'server/dist', p)).href;
const { openDatabase } = await import(dist('db/database.js'));
const { migrateToLatest } = await import(dist('db/migrate.js'));
const { systemCtx } = await import(dist('core/context.js'));
const { ensurePostgresDatabase, dropPostgresDatabase } = await import(dist('db/postgres-admin.js'));
const { responsibilityDashboard } = await import(dist('modules/responsibility/index.js'));

const UNITS = 200;
const OCCURRENCES = 20_000;
const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const YEAR = 2026;
const NOW = new Date('2026-09-15T04:00:00Z');
const KINDS = ['central_study', 'topic_review', 'analysis', 'democratic_life', 'organizational_life', 'party_day', 'training'];

/** Seeds the district into a migrated database and measures both queries on it. */
async function bench(handle) {
  await migrateToLatest(handle);
  const db = handle.db;
  const stamp = NOW.toISOString();

  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  await db.transaction().execute(async (trx) => {
    const unit = async (parent, name, kind) => {
      const r = await trx.insertInto('unit').values({ parent_id: parent?.id ?? null, path: '/', name, kind, code: null, sort: 0, is_demo: 0, created_at: stamp, updated_at: stamp }).returning('id').executeTakeFirstOrThrow();
      const p = `${parent?.path ?? '/'}${r.id}/`;
      await trx.updateTable('unit').set({ path: p }).where('id', '=', r.id).execute();
      return { id: r.id, path: p };
    };
    const top = await unit(null, '基准区委宣传部', 'propaganda_department');
    const units = [top];
    for (let i = 0; i < 19; i++) {
      const street = await unit(top, `基准街道${i + 1}`, 'street_office');
      units.push(street);
      for (let j = 0; j < 9; j++) units.push(await unit(street, `基准街道${i + 1}社区${j + 1}`, 'community'));
    }
    while (units.length < UNITS) units.push(await unit(top, `基准局${units.length}`, 'bureau'));

    // Each unit: one plan with 8 monthly tasks and 1 quarterly task = 100 occurrences.
    const perUnit = OCCURRENCES / UNITS;
    for (const u of units) {
      const plan = await trx.insertInto('plan').values({ unit_id: u.id, year: YEAR, title: '基准方案', template_key: null, is_demo: 0, created_at: stamp, updated_at: stamp }).returning('id').executeTakeFirstOrThrow();
      const occurrences = [];
      for (let k = 0; k < 9; k++) {
        const quarterly = k === 8;
        const task = await trx
          .insertInto('plan_task')
          .values({ plan_id: plan.id, unit_id: u.id, seq: k + 1, title: `任务${k + 1}`, body: null, seed_ref: null, lead_note: null, responsible_note: null, leader_person_id: null, recurrence: quarterly ? 'quarterly' : 'monthly', due_date: null, evidence: '{"kind":"manual"}', progress_note: null, created_at: stamp, updated_at: stamp })
          .returning('id')
          .executeTakeFirstOrThrow();
        const periods = quarterly ? 4 : 12;
        for (let p = 0; p < periods; p++) {
          const lastMonth = quarterly ? (p + 1) * 3 : p + 1;
          const due = new Date(Date.UTC(YEAR, lastMonth, 0)).toISOString().slice(0, 10);
          const start = `${YEAR}-${String(quarterly ? p * 3 + 1 : p + 1).padStart(2, '0')}-01`;
          const done = due < '2026-09-15' ? rand() < 0.8 : rand() < 0.1;
          occurrences.push({ task_id: task.id, unit_id: u.id, period_key: quarterly ? `${YEAR}-Q${p + 1}` : `${YEAR}-${String(p + 1).padStart(2, '0')}`, period_start: start, period_end: due, due_date: due, completed_at: done ? stamp : null, completed_by: null, evidence_note: null, overdue_notified_at: null });
        }
      }
      if (occurrences.length !== perUnit) throw new Error(`expected ${perUnit} occurrences per unit, made ${occurrences.length}`);
      for (let i = 0; i < occurrences.length; i += 100) await trx.insertInto('task_occurrence').values(occurrences.slice(i, i + 100)).execute();
      const meetings = [];
      for (let m = 0; m < 10; m++) {
        const day = `${YEAR}-${String(1 + Math.floor(rand() * 9)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
        meetings.push({ unit_id: u.id, kind: KINDS[Math.floor(rand() * KINDS.length)], held_on: day, title: '基准会议', topics: null, minutes: null, created_by: null, is_demo: 0, created_at: stamp, updated_at: stamp });
      }
      await trx.insertInto('meeting').values(meetings).execute();
    }
  });

  const count = async (table) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const counts = { units: await count('unit'), occurrences: await count('task_occurrence'), meetings: await count('meeting') };
  const district = (await db.selectFrom('unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id;
  const community = (await db.selectFrom('unit').select('id').where('kind', '=', 'community').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const ctx = systemCtx(db);

  async function measure(unitId) {
    for (let i = 0; i < 20; i++) await responsibilityDashboard(ctx, { unitId, year: YEAR }, NOW);
    const ms = [];
    let result;
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      result = await responsibilityDashboard(ctx, { unitId, year: YEAR }, NOW);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
    return { p50: q(0.5), p95: q(0.95), result };
  }

  const whole = await measure(district);
  const one = await measure(community);
  // The roll-up must add up, or the speed means nothing.
  if (whole.result.unit.figures.tasks.total !== counts.occurrences) throw new Error(`roll-up counted ${whole.result.unit.figures.tasks.total} of ${counts.occurrences} occurrences`);
  if (whole.result.unit.figures.units !== counts.units) throw new Error('roll-up missed units');
  return { counts, whole, one };
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const results = [];
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-resp-'));
  const handle = openDatabase({ dataDir: dir });
  results.push(['SQLite', await bench(handle)]);
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
if (process.env.BENCH_PG_URL) {
  const url = new URL(process.env.BENCH_PG_URL);
  url.pathname = `/yq_bench_resp_${process.pid}`;
  await ensurePostgresDatabase(url.toString());
  const handle = openDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir(), poolSize: 5 });
  try {
    results.push(['PostgreSQL', await bench(handle)]);
  } finally {
    await handle.close();
    await dropPostgresDatabase(url.toString());
  }
}

const { counts } = results[0][1];
console.log(
  [
    `responsibility dashboard: ${counts.units} units, ${counts.occurrences.toLocaleString('en')} task occurrences, ${counts.meetings.toLocaleString('en')} meetings, ${CALLS} calls each`,
    table(
      ['database', 'query', 'units rolled up', 'occurrences', 'p50 ms', 'p95 ms'],
      results.flatMap(([name, { whole, one }]) => [
        [name, 'district roll-up (200 units)', String(whole.result.unit.figures.units), String(whole.result.unit.figures.tasks.total), whole.p50.toFixed(2), whole.p95.toFixed(2)],
        [name, 'one community (baseline)', String(one.result.unit.figures.units), String(one.result.unit.figures.tasks.total), one.p50.toFixed(2), one.p95.toFixed(2)],
      ]),
    ),
  ].join('\n'),
);
