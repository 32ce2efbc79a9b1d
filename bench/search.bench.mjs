#!/usr/bin/env node
// Chinese full-text search over items, on SQLite (FTS5 over character bigrams) and PostgreSQL
// (GIN over a tsvector of the same bigrams). Reads the compiled server (`npm run build` first) and
// ../shared/corpora (never copied).
//
// BENCH_ITEMS items (default 1,000,000) are generated from the corpora: a TNEWS headline, then the
// first 60 characters of a Weibo post, spread over 10 units. They are bulk-loaded with the same
// index documents the pipeline writes (search/bigrams.ts), the index built after the load. Then
// each query runs as the live feed runs it (the unit subtree, newest first, 50 a page, snippets
// built for the page) BENCH_RUNS times (default 20); p50 and p95 per query and overall.
// Baseline in the same run: the same page without a search.
// BENCH_DB=sqlite or postgres runs one database; BENCH_PG_URL names the server (a database is created and dropped).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(root, '../shared/corpora');
const dist = (p) => import(path.join(root, 'server/dist', p));
const { openDatabase } = await dist('db/database.js');
const { migrateToLatest } = await dist('db/migrate.js');
const { ensurePostgresDatabase, dropPostgresDatabase } = await dist('db/postgres-admin.js');
const { fts5Document, tsvectorLiteral, queryParts } = await dist('modules/monitoring/search/bigrams.js');
const { buildSnippet } = await dist('modules/monitoring/search/snippet.js');
const { listItems } = await dist('modules/monitoring/items/item.repository.js');
const { loadTextCorpus } = await dist('modules/monitoring/text/index.js');

const N = Number(process.env.BENCH_ITEMS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DBS = process.env.BENCH_DB ? [process.env.BENCH_DB] : ['sqlite', 'postgres'];
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const UNITS = 10;
const BATCH = 2000;
const QUERIES = ['舆情', '拆迁', '疫情', '武汉', '中国', '新冠肺炎', '补偿标准', '志愿者', '情监', '灞', '篮球 比赛', '不存在的词语组合'];
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const headlines = fs.readFileSync(path.join(corpora, 'news/tnews_train.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]).filter(Boolean);
const posts = loadTextCorpus(corpora).weibo.map((p) => p.slice(0, 60));
const itemText = (i) => `${headlines[i % headlines.length]}。${posts[(i * 7919) % posts.length]}`;
const START = Date.parse('2026-01-01T00:00:00Z');
const at = (i) => new Date(START + i * 1000).toISOString();

async function prepare(dialect) {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-search-bench-'));
    const handle = openDatabase({ dataDir: dir });
    return { handle, drop: async () => { await handle.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const u = new URL(PG_BASE);
  u.pathname = `/yq_search_bench_${process.pid}`;
  await ensurePostgresDatabase(u.toString());
  const handle = openDatabase({ databaseUrl: u.toString(), dataDir: os.tmpdir(), poolSize: 2 });
  return { handle, drop: async () => { await handle.close(); await dropPostgresDatabase(u.toString()); } };
}

async function units(handle) {
  const now = new Date().toISOString();
  const ids = [];
  for (let u = 0; u < UNITS; u++) {
    const { id } = await handle.db.insertInto('unit').values({ parent_id: null, path: '/', name: `单位${u}`, kind: 'street', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await handle.db.updateTable('unit').set({ path: `/${id}/` }).where('id', '=', id).execute();
    ids.push(id);
  }
  return ids;
}

function loadSqlite(handle, unitIds) {
  const db = handle.sqlite;
  const item = db.prepare(`INSERT INTO item (id, unit_id, source_id, media_tier, item_key, title, text, url, published_at, fetched_at, simhash, keywords, sentiment, sentiment_score, created_at, updated_at)
    VALUES (?, ?, NULL, 'local', ?, ?, ?, NULL, ?, ?, '0000000000000000', '[]', 'neutral', 0, ?, ?)`);
  const fts = db.prepare('INSERT INTO item_fts (rowid, doc) VALUES (?, ?)');
  const load = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const text = itemText(i);
      const t = at(i);
      item.run(i + 1, unitIds[i % UNITS], `k${i}`, text.slice(0, 40), text, t, t, t, t);
      fts.run(i + 1, fts5Document(text));
    }
  });
  for (let from = 0; from < N; from += BATCH * 10) load(from, Math.min(N, from + BATCH * 10));
  db.exec("INSERT INTO item_fts(item_fts) VALUES('optimize')");
  db.exec('ANALYZE');
}

async function loadPostgres(handle, unitIds) {
  const client = new pg.Client({ connectionString: handle.url });
  await client.connect();
  await client.query('DROP INDEX item_search_idx');
  for (let from = 0; from < N; from += BATCH) {
    const ids = [], unit = [], keys = [], titles = [], texts = [], times = [], docs = [];
    for (let i = from; i < Math.min(N, from + BATCH); i++) {
      const text = itemText(i);
      ids.push(i + 1); unit.push(unitIds[i % UNITS]); keys.push(`k${i}`); titles.push(text.slice(0, 40)); texts.push(text); times.push(at(i)); docs.push(tsvectorLiteral(text));
    }
    await client.query(
      `INSERT INTO item (id, unit_id, media_tier, item_key, title, text, published_at, fetched_at, simhash, keywords, sentiment, sentiment_score, created_at, updated_at, search_doc)
       SELECT id, u, 'local', k, ti, tx, t, t, '0000000000000000', '[]', 'neutral', 0, t, t, d::tsvector FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(id, u, k, ti, tx, t, d)`,
      [ids, unit, keys, titles, texts, times, docs],
    );
  }
  await client.query(`SELECT setval('item_id_seq', ${N})`);
  await client.query('SET maintenance_work_mem = \'512MB\'');
  await client.query('CREATE INDEX item_search_idx ON item USING gin (search_doc)');
  await client.query('VACUUM ANALYZE item');
  await client.end();
}

async function page(handle, unitId, q) {
  const rows = await listItems(handle.db, `/${unitId}/`, { parts: queryParts(q), limit: 51 });
  if (q) for (const r of rows.slice(0, 50)) buildSnippet(`${r.title} ${r.text}`, q);
  return rows.length;
}

const results = [];
for (const dialect of DBS) {
  const { handle, drop } = await prepare(dialect);
  try {
    await migrateToLatest(handle);
    const unitIds = await units(handle);
    const t0 = performance.now();
    if (dialect === 'sqlite') loadSqlite(handle, unitIds);
    else await loadPostgres(handle, unitIds);
    const loadSeconds = (performance.now() - t0) / 1000;
    for (const q of QUERIES) await page(handle, unitIds[0], q); // warm the cache as a running server has it
    const all = [];
    for (const q of ['', ...QUERIES]) {
      const times = [];
      let hits = 0;
      for (let r = 0; r < RUNS; r++) {
        const s = performance.now();
        hits = await page(handle, unitIds[r % UNITS], q);
        times.push(performance.now() - s);
      }
      if (q) all.push(...times);
      results.push({ dialect, q: q || '(no search: baseline)', hits, p50: pct(times, 50), p95: pct(times, 95) });
    }
    results.push({ dialect, q: 'all searches', hits: '', p50: pct(all, 50), p95: pct(all, 95) });
    console.error(`${dialect}: ${fmt(N)} items loaded and indexed in ${loadSeconds.toFixed(0)} s`);
  } finally {
    await drop();
  }
}

console.log(`\nSearch over ${fmt(N)} items in ${UNITS} units, one unit's newest 50 with snippets, ${RUNS} runs per query (ms):\n`);
console.log('| database | query | page rows | p50 | p95 |');
console.log('|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.dialect} | ${r.q} | ${r.hits} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
