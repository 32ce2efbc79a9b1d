#!/usr/bin/env node
// Incidents: the two numbers issue #4 asks for, each the median of several runs on SQLite (the
// embedded default), with a baseline measured in the same run. Reads the compiled server.
//   page load: GET /api/incidents/:id through the whole app (session, scope, every panel of the page)
//              for an incident with 5,000 attached items and 200 timeline entries;
//              baseline: the same request for an incident with 6 items and a few entries.
//   breach checker: one pass of checkBreaches over 100,000 open incidents (400,000 deadlines), 1,000 of
//              them late (each escalated to its first rung); baseline: a pass with nothing due.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(root, 'server/dist', p)).href);
const { openDatabase } = await dist('db/database.js');
const { migrateToLatest } = await dist('db/migrate.js');
const { seedDemo } = await dist('demo/demo-data.js');
const { buildApp } = await dist('app.js');
const { checkBreaches, plantEvent } = await dist('modules/incidents/index.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OPEN = Number(process.env.BENCH_OPEN_INCIDENTS ?? 100_000);
const LATE = 1_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-incidents-'));
const handle = openDatabase({ dataDir: dir });
await migrateToLatest(handle);
await seedDemo(handle.db);
const db = handle.db;
const street = (await db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;

const app = await buildApp({ handle, logger: false, config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, trustProxy: false, webDist: '/nonexistent', logLevel: 'silent' } });
await app.ready();
const csrf = 'bench-csrf';
const login = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: `yq_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' }, payload: { username: 'demo_office', password: 'Yuqing@2026demo' } });
if (login.statusCode !== 200) throw new Error(`login: ${login.body}`);
const cookie = `yq_csrf=${csrf}; ${login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')}`;
const call = async (method, url, payload) => {
  const r = await app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf, ...(payload ? { 'content-type': 'application/json' } : {}) }, payload });
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r;
};

/** Opens an incident from a planted event and walks it far enough to have real documents, then pads the timeline to `entries`. */
async function incidentWith(items, entries) {
  const { eventId } = await plantEvent(db, street, { grade: 3, items, startAt: new Date(Date.now() - 48 * 3_600_000) });
  let d = (await call('POST', '/api/incidents', { eventId })).json();
  d = (await call('POST', `/api/incidents/${d.id}/transitions`, { to: 'monitoring', version: d.version })).json();
  d = (await call('POST', `/api/incidents/${d.id}/flash-reports`, { version: d.version, measures: '专人监测' })).json();
  d = (await call('POST', `/api/incidents/${d.id}/transitions`, { to: 'consulting', version: d.version })).json();
  d = (await call('POST', `/api/incidents/${d.id}/consultations`, { heldAt: new Date().toISOString(), participants: [{ name: '李明华', unitId: street }], opinions: '发布情况说明', decisions: [{ title: '起草通稿' }] })).json();
  d = (await call('POST', `/api/incidents/${d.id}/transitions`, { to: 'drafting', version: d.version })).json();
  for (let v = 1; v <= 3; v++) d = (await call('POST', `/api/incidents/${d.id}/statements`, { text: `关于拆迁补偿问题的情况说明\n第 ${v} 稿：经核实，补偿标准已公示。` })).json();
  const have = d.timeline.length;
  const at = new Date().toISOString();
  const pad = Array.from({ length: Math.max(entries - have, 0) }, (_, i) => ({ incident_id: d.id, at, kind: 'notified', actor_id: null, actor_name: null, detail: JSON.stringify({ reason: 'bench', users: [`人员${i}`] }) }));
  for (let k = 0; k < pad.length; k += 500) await db.insertInto('incident_timeline').values(pad.slice(k, k + 500)).execute();
  return d.id;
}

async function timeGets(id) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const r = await call('GET', `/api/incidents/${id}`);
    const t = performance.now() - t0;
    bytes = r.rawPayload.length;
    const body = r.json();
    if (i >= 2) times.push(t);
    if (i === 0) console.error(`  incident ${id}: ${body.items.total} items, ${body.timeline.length} timeline entries, ${(bytes / 1024).toFixed(0)} KiB`);
  }
  return { median: median(times), bytes };
}

const big = await incidentWith(5_000, 200);
const small = await incidentWith(6, 0);
const page = await timeGets(big);
const pageBase = await timeGets(small);

// 100,000 open incidents with their four deadlines; LATE of them already past the acknowledge limit.
const now = new Date();
const t0 = performance.now();
const opened = new Date(now.getTime() - 24 * 3_600_000).toISOString();
const iso = now.toISOString();
const BATCH = 400;
const lateIds = [];
for (let k = 0; k < OPEN; k += BATCH) {
  const rows = Array.from({ length: Math.min(BATCH, OPEN - k) }, (_, i) => ({
    unit_id: street, handling_unit_id: street, event_id: null, topic_id: null, title: `基准舆情${k + i}`, summary: '', place: null, occurred_at: null, grade: 4, event_grade: null,
    grade_reasons: '[]', grade_override_reason: null, handler_id: null, leader_id: null, state: 'monitoring', version: 1, opened_by: null, opened_at: opened, state_at: opened,
    taken_over_at: null, closed_at: null, is_demo: 0, created_at: iso, updated_at: iso,
  }));
  const ids = (await db.insertInto('incident').values(rows).returning('id').execute()).map((r) => r.id);
  const deadlines = ids.flatMap((id, i) => {
    const late = k + i < LATE;
    if (late) lateIds.push(id);
    // Unmet steps far ahead, except the late ones' acknowledgement an hour ago.
    const ahead = (h) => new Date(now.getTime() + h * 3_600_000).toISOString();
    const ack = late ? new Date(now.getTime() - 3_600_000 + 60_000).toISOString() : ahead(1);
    return [
      { incident_id: id, kind: 'acknowledge', limit_minutes: 120, due_at: ack, met_at: null, level: 0, next_check_at: ack },
      { incident_id: id, kind: 'report', limit_minutes: 720, due_at: ahead(2), met_at: null, level: 0, next_check_at: ahead(2) },
      { incident_id: id, kind: 'reply', limit_minutes: 720, due_at: ahead(3), met_at: null, level: 0, next_check_at: ahead(3) },
      { incident_id: id, kind: 'close', limit_minutes: 43_200, due_at: ahead(700), met_at: null, level: 0, next_check_at: ahead(700) },
    ];
  });
  await db.insertInto('incident_deadline').values(deadlines).execute();
}
console.error(`  planted ${OPEN} open incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const sweeps = [];
const idle = [];
for (let run = 0; run < RUNS; run++) {
  // Put the late ones back on their first rung, so each run escalates the same work.
  await db.updateTable('incident_deadline').set((eb) => ({ level: 0, next_check_at: eb.ref('due_at') })).where('kind', '=', 'acknowledge').where('incident_id', 'in', lateIds).execute();
  let t = performance.now();
  const pass = await checkBreaches(db, now);
  sweeps.push(performance.now() - t);
  if (pass.escalations !== LATE) throw new Error(`expected ${LATE} escalations, got ${pass.escalations}`);
  t = performance.now();
  const nothing = await checkBreaches(db, now);
  idle.push(performance.now() - t);
  if (nothing.escalations !== 0) throw new Error('a second pass escalated again');
}

console.log('\nIncidents (SQLite, median of %d runs)', RUNS);
console.table([
  { measure: 'incident page, 5,000 items + 200 timeline entries', median: ms(page.median), size: `${(page.bytes / 1024).toFixed(0)} KiB` },
  { measure: 'baseline: incident page, 6 items', median: ms(pageBase.median), size: `${(pageBase.bytes / 1024).toFixed(0)} KiB` },
  { measure: `breach pass: ${OPEN.toLocaleString('en')} open, ${LATE} late`, median: ms(median(sweeps)), size: `${(median(sweeps) / LATE).toFixed(2)} ms per escalation` },
  { measure: `baseline: breach pass, ${OPEN.toLocaleString('en')} open, none due`, median: ms(median(idle)), size: '' },
]);

await app.close();
await handle.close();
fs.rmSync(dir, { recursive: true, force: true });
