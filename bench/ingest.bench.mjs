#!/usr/bin/env node
// Ingest: pipeline throughput on one core, and the cost of polling many sources.
// Reads the compiled server (`npm run build` first) and ../shared/corpora (never copied).
//
// 1. Items per CPU second on one core, median of BENCH_RUNS (default 5) runs over BENCH_ITEMS (default 20,000)
//    TNEWS headlines and Weibo posts, without storage: normalise; the item pipeline
//    (prepareItem: normalise → jieba keywords → sentiment); the same plus the near-duplicate index
//    (what storeItems does before its INSERT); jieba segmentation alone in the same run as the ceiling.
// 2. BENCH_SOURCES (default 10,000) feed sources in 10 units on SQLite, polled against a local feed
//    server in its own process (each feed 3 items, an ETag): round 1 fetches and stores everything,
//    round 2 asks conditionally and gets 304s. CPU seconds of this process (user + system), wall
//    time and resident memory per round, beside the process idle with the same modules loaded.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(root, '../shared/corpora');
const dist = (p) => import(path.join(root, 'server/dist', p));
const text = await dist('modules/monitoring/text/index.js');
const { prepareItem } = await dist('modules/monitoring/items/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20_000);
const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const mb = (b) => (b / 1024 / 1024).toFixed(0);

// 1. Throughput.
const corpus = text.loadTextCorpus(corpora);
const datasets = {
  'TNEWS headlines': fs.readFileSync(path.join(corpora, 'news/tnews_train.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]).filter(Boolean).slice(0, ITEMS),
  'Weibo posts': corpus.weibo.slice(0, ITEMS),
};
const segmenter = text.Segmenter.base();
const stages = [
  ['normalise', (items) => { for (const t of items) text.normalizeText(t); }],
  ['pipeline: normalise → keywords → sentiment', (items) => { for (const t of items) prepareItem({ text: t }, segmenter); }],
  ['pipeline + near-duplicate index (store-less storeItems)', (items) => { const index = new text.NearDupIndex(); for (const t of items) index.assign(prepareItem({ text: t }, segmenter).normalized, {}); }],
  ['jieba segmentation alone (ceiling)', (items) => { for (const t of items) segmenter.cut(t); }],
];
// CPU time of this process, not wall time: the machine may be shared, and a stage that waits for
// a core it does not get has not become slower. Runs take the stages in turn, so a change of load
// during the bench touches them all alike.
const cpuSeconds = (run, items) => {
  const t0 = process.cpuUsage();
  run(items);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};
const rates = new Map();
for (const [name, items] of Object.entries(datasets)) {
  for (const [, run] of stages) run(items.slice(0, 1000));
  const seconds = new Map(stages.map(([stage]) => [stage, []]));
  for (let r = 0; r < RUNS; r++) for (const [stage, run] of stages) seconds.get(stage).push(cpuSeconds(run, items));
  for (const [stage] of stages) rates.set(`${name}|${stage}`, items.length / median(seconds.get(stage)));
}
const names = Object.keys(datasets);
console.log(`Throughput, items per CPU second on one core, median of ${RUNS} runs (${names.map((n) => `${fmt(datasets[n].length)} ${n}`).join(', ')}):\n`);
console.log(`| stage | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
for (const [stage] of stages) console.log(`| ${stage} | ${names.map((n) => fmt(rates.get(`${n}|${stage}`))).join(' | ')} |`);
console.log(`| store-less pipeline as a share of the ceiling | ${names.map((n) => `${((100 * rates.get(`${n}|${stages[2][0]}`)) / rates.get(`${n}|${stages[3][0]}`)).toFixed(0)}%`).join(' | ')} |`);

// 2. Polling many sources (BENCH_SOURCES=0 skips it).
if (SOURCES === 0) process.exit(0);
const server = fork(path.join(root, 'bench/feed-server.mjs'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.once('message', resolve));
const { openDatabase } = await dist('db/database.js');
const { migrateToLatest } = await dist('db/migrate.js');
const { pollDueSources } = await dist('modules/monitoring/sources/index.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-ingest-bench-'));
const handle = openDatabase({ dataDir: dir });
try {
  await migrateToLatest(handle);
  const now = new Date().toISOString();
  const unitIds = [];
  for (let u = 0; u < 10; u++) {
    const { id } = await handle.db.insertInto('unit').values({ parent_id: null, path: '/', name: `单位${u}`, kind: 'street', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await handle.db.updateTable('unit').set({ path: `/${id}/` }).where('id', '=', id).execute();
    unitIds.push(id);
  }
  const insert = handle.sqlite.prepare("INSERT INTO source (unit_id, name, kind, url, media_tier, internal, created_at, updated_at) VALUES (?, ?, 'feed', ?, 'local', 1, ?, ?)");
  handle.sqlite.transaction(() => {
    for (let i = 0; i < SOURCES; i++) insert.run(unitIds[i % 10], `源${i}`, `http://127.0.0.1:${port}/feed/${i}`, now, now);
  })();
  global.gc?.();
  const idle = { rss: process.memoryUsage().rss };
  const rows = [];
  for (const [years, round] of [[1, 'round 1: 200, 3 new items each'], [2, 'round 2: conditional, 304']]) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    // Years ahead: every source is due (each round schedules the next poll from its own "now").
    const results = await pollDueSources(handle.db, { now: new Date(Date.now() + years * 366 * 86_400_000), concurrency: 16 });
    clearInterval(sampler);
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const statuses = results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {});
    const stored = results.reduce((n, r) => n + r.newItems, 0);
    rows.push([round, fmt(results.length), JSON.stringify(statuses), fmt(stored), wall.toFixed(1), ((cpu.user + cpu.system) / 1e6).toFixed(1), ((cpu.user + cpu.system) / 1e3 / results.length).toFixed(2), mb(peak), mb(process.memoryUsage().rss)]);
  }
  console.log(`\n${fmt(SOURCES)} feed sources polled once per round against a local feed server (concurrency 16, SQLite); this process idle with everything loaded: ${mb(idle.rss)} MB RSS:\n`);
  console.log('| round | sources | outcomes | items stored | wall s | CPU s | CPU ms per source | peak RSS MB | RSS after MB |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  server.kill();
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
