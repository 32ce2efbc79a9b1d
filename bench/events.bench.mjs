#!/usr/bin/env node
// Events: clustering + grading throughput over the shared TNEWS headlines and Weibo posts (in memory,
// and end to end through processStoredItems on SQLite), beside jieba keywords alone (the clusterer's
// own first step) in the same run as the ceiling; and alert latency from an item stored to the
// webhook arriving at a local HTTP server, p50/p99 over 1,000 items. Median of BENCH_RUNS runs.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(root, 'server/dist', p)).href);
const { Clusterer, computeFigures, gradeFigures, gradeEvent, DEFAULT_GRADE_RULES, processStoredItems } = await dist('modules/monitoring/events/index.js');
const { Segmenter, normalizeText } = await dist('modules/monitoring/text/index.js');
const { openDatabase } = await dist('db/database.js');
const { migrateToLatest } = await dist('db/migrate.js');
const { seedDemo } = await dist('demo/demo-data.js');
const { storeTestItems } = await dist('modules/monitoring/events/test-items.js');
const { ingest } = await dist('modules/monitoring/sources/index.js');
const corpora = path.resolve(root, '../shared/corpora');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const BATCH = 100;

/** Weibo posts with their Beijing times (the lists are from 2020) and engagement; TNEWS headlines two seconds apart. */
function corpus() {
  const weibo = [];
  for (const f of fs.readdirSync(path.join(corpora, 'weibo')).sort()) {
    for (const line of fs.readFileSync(path.join(corpora, 'weibo', f), 'utf8').split('\n').slice(1)) {
      const m = /^\d+,(\d+)月(\d+)日 (\d+):(\d+),("(?:[^"]|"")*"|[^,]*),([\d.]+),([\d.]+),([\d.]+)/.exec(line);
      if (!m) continue;
      const text = m[5].replace(/^"|"$/g, '').replace(/""/g, '"');
      if (text.length < 10) continue;
      const at = new Date(Date.UTC(2020, Number(m[1]) - 1, Number(m[2]), Number(m[3]) - 8, Number(m[4]))).toISOString();
      weibo.push({ title: '', text, at, reposts: Math.round(Number(m[6])), comments: Math.round(Number(m[7])), likes: Math.round(Number(m[8])) });
    }
  }
  weibo.sort((a, b) => a.at.localeCompare(b.at));
  const start = Date.UTC(2020, 5, 1);
  const tnews = fs
    .readFileSync(path.join(corpora, 'news/tnews_train.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0])
    .filter(Boolean)
    .slice(0, 20_000)
    .map((title, i) => ({ title, text: '', at: new Date(start + i * 2000).toISOString(), reposts: 0, comments: 0, likes: 0 }));
  return { weibo, tnews };
}

/** Clustering as processStoredItems does it, in batches; after each batch the touched events are refigured and regraded. */
function clusterAndGrade(items, run) {
  // The clusterer caches keyword vectors per text and set of ignored words for the process; a word
  // of its own per run keeps a later run from reading the vectors an earlier one computed.
  const clusterer = new Clusterer([], { ignoreWords: [`bench-run-${run}`] });
  const events = new Map();
  let fresh = 0;
  const t0 = performance.now();
  for (let b = 0; b < items.length; b += BATCH) {
    const touched = new Set();
    for (let i = b; i < Math.min(items.length, b + BATCH); i++) {
      const item = items[i];
      const { event } = clusterer.assign({ id: i, title: item.title, text: item.text, at: item.at, duplicateOf: null });
      const key = 'id' in event ? event.id : -1 - event.fresh;
      let list = events.get(key);
      if (!list) events.set(key, (list = []));
      list.push({ id: i, title: item.title, text: item.text, at: item.at, sourceId: i % 50, mediaTier: i % 97 === 0 ? 'provincial' : 'self_media', sentiment: i % 3 === 0 ? 'negative' : 'neutral', reposts: item.reposts, comments: item.comments, likes: item.likes, views: 0, keywords: [] });
      touched.add(key);
    }
    const now = new Date(Date.parse(items[Math.min(items.length, b + BATCH) - 1].at) + 60_000);
    for (const key of touched) gradeEvent(gradeFigures(computeFigures(events.get(key), now), 1), DEFAULT_GRADE_RULES);
  }
  const seconds = (performance.now() - t0) / 1000;
  fresh = events.size;
  return { seconds, events: fresh };
}

function keywordsAlone(items) {
  const seg = Segmenter.base();
  const t0 = performance.now();
  for (const item of items) seg.keywords(normalizeText(`${item.title}\n${item.text}`), 12);
  return (performance.now() - t0) / 1000;
}

async function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-events-bench-'));
  const handle = openDatabase({ dataDir: dir });
  await migrateToLatest(handle);
  await seedDemo(handle.db);
  const unit = (await handle.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;
  return { handle, unit, dir };
}

async function endToEnd(items, rule) {
  // The rule's words are the clusterer's ignored words: a rule of its own per run (see clusterAndGrade).
  const { handle, unit, dir } = await freshDatabase();
  const now = new Date().toISOString();
  await handle.db.insertInto('topic').values({ unit_id: unit, name: 'bench', rule, alert_grade: 1, created_at: now, updated_at: now }).execute();
  const ids = await storeTestItems(handle.db, items.map((i) => ({ unitId: unit, title: i.title, text: i.text, publishedAt: i.at, reposts: i.reposts, comments: i.comments, likes: i.likes })));
  let seconds = 0;
  let matches = 0;
  for (let b = 0; b < ids.length; b += BATCH) {
    const batch = ids.slice(b, b + BATCH);
    const clock = new Date(Date.parse(items[Math.min(items.length, b + BATCH) - 1].at) + 60_000);
    const t0 = performance.now();
    const r = await processStoredItems(handle.db, batch, { now: () => clock });
    seconds += (performance.now() - t0) / 1000;
    matches += r.matches;
  }
  const events = Number((await handle.db.selectFrom('event').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, matches, events };
}

// Alert latency: a pushed item as the push route hands it over (signature checked, body parsed) →
// ingest() (normalise, sentiment, near-duplicates, store, topics, clustering, grading) → sendToUnit →
// the signed webhook arriving at a local HTTP server. Each item is its own story (clustering
// window 0), so each raises an alert.
// Baseline in the same run: a bare signed-size POST from this process to the same server.
async function alertLatency(items) {
  const { handle, unit, dir } = await freshDatabase();
  const waiting = new Map();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const at = performance.now();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
      const key = /预警测试(\d+)：|^(bare \d+)$/.exec(JSON.parse(body).title);
      if (key) waiting.get(key[1] ?? key[2])?.(at);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/hook`;
  const arrival = (key) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`webhook ${key} never arrived`)), 10_000);
      waiting.set(key, (at) => resolve(at, clearTimeout(timer)));
    });
  const now = new Date().toISOString();
  await handle.db.insertInto('topic').values({ unit_id: unit, name: 'bench', rule: '预警测试', alert_grade: 4, created_at: now, updated_at: now }).execute();
  await handle.db.insertInto('delivery_target').values({ unit_id: unit, name: 'bench', kind: 'webhook', url, secret: 'bench-secret', recipients: '[]', purposes: '["alert"]', enabled: 1, internal: 1, created_at: now, updated_at: now }).execute();
  const source = await handle.db
    .insertInto('source')
    .values({ unit_id: unit, name: 'bench push', kind: 'push', media_tier: 'self_media', push_token: 'bench-token', push_secret: 'bench-secret', created_at: now, updated_at: now })
    .returning(['id', 'unit_id', 'media_tier', 'is_demo'])
    .executeTakeFirstOrThrow();
  const deps = { now: () => new Date(), delivery: { smtp: null, timeoutMs: 5000 }, cluster: { windowHours: 0 } };
  const latencies = [];
  for (let i = 0; i < items.length; i++) {
    const title = `预警测试${i}：${items[i].text.slice(0, 40)}`;
    const arrived = arrival(String(i));
    const t0 = performance.now();
    await ingest(handle.db, source, [{ key: `push-${i}`, title, text: items[i].text, publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }], deps);
    latencies.push((await arrived) - t0);
  }
  const bare = [];
  for (let i = 0; i < items.length; i++) {
    const arrived = arrival(`bare ${i}`);
    const t0 = performance.now();
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `bare ${i}`, text: items[i].text }) });
    bare.push((await arrived) - t0);
  }
  server.close();
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { latencies, bare };
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const { weibo, tnews } = corpus();
const rate = (n, s) => Math.round(n / s).toLocaleString('en');
const rows = [];
for (const [name, items] of [
  ['Weibo posts', weibo],
  ['TNEWS headlines', tnews],
]) {
  const ceiling = median(Array.from({ length: RUNS }, () => keywordsAlone(items)));
  const runs = Array.from({ length: RUNS }, (_, run) => clusterAndGrade(items, `${name}-${run}`));
  const cluster = median(runs.map((r) => r.seconds));
  rows.push([`${name}: jieba keywords alone (ceiling)`, String(items.length), rate(items.length, ceiling), '']);
  rows.push([`${name}: clustering + grading, in memory`, String(items.length), rate(items.length, cluster), `${runs[0].events.toLocaleString('en')} events, ${Math.round((ceiling / cluster) * 100)}% of ceiling`]);
}
// End to end on SQLite, one broad topic so that every item is clustered: matching, clustering,
// figures, grades and their history, all written; the items are stored beforehand, outside the timing.
const e2eItems = weibo.slice(0, 3000);
const e2e = [];
for (let r = 0; r < RUNS; r++) e2e.push(await endToEnd(e2eItems, `的 OR 了 OR 是 OR 在 OR 和 OR benchrun${r}`));
const e2eSeconds = median(e2e.map((r) => r.seconds));
rows.push(['Weibo: processStoredItems on SQLite, batches of 100', String(e2eItems.length), rate(e2e[0].matches, e2eSeconds), `${e2e[0].matches} matched, ${e2e[0].events} events`]);
console.log(`Events: clustering and grading (median of ${RUNS} runs, items/s)\n${table(['workload', 'items', 'items/s', 'notes'], rows)}`);

const LATENCY_ITEMS = Number(process.env.BENCH_ALERTS ?? 1000);
const lat = await alertLatency(weibo.slice(0, LATENCY_ITEMS));
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(
  `\nAlert latency over ${LATENCY_ITEMS} items (pushed item → webhook received), one run\n${table(
    ['path', 'p50', 'p99', 'max'],
    [
      ['pushed item → ingest() → signed webhook', ms(pct(lat.latencies, 50)), ms(pct(lat.latencies, 99)), ms(Math.max(...lat.latencies))],
      ['baseline: bare POST to the same server', ms(pct(lat.bare, 50)), ms(pct(lat.bare, 99)), ms(Math.max(...lat.bare))],
    ],
  )}`,
);
