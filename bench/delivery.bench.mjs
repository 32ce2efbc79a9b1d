#!/usr/bin/env node
// Outbound delivery latency to a local webhook receiver on 127.0.0.1, 1,000 sequential sends per run,
// p50 and p99 as the median of BENCH_RUNS runs:
//   baseline: a bare node:http POST of the same body (no checks, no signing)
//   deliverNow: the guarded, signed webhook send that alerts use for latency
//   sendToUnit: the same plus the once-per-key claim and the result written, on SQLite
// Reads the compiled server; the SQLite database lives in a temporary directory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, 'server/dist', p)).href);
const { deliverNow, sendToUnit } = await load('modules/platform/delivery/index.js');
const { openDatabase } = await load('db/database.js');
const { migrateToLatest } = await load('db/migrate.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SENDS = 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/hook`;

const message = { title: '新事件：灞桥街道拆迁投诉（较大，III级）', text: '近一小时 48 条，负面占 71%；来源：本地论坛、微博。', link: '/events/1' };
const body = JSON.stringify({ ...message, link: null, sentAt: new Date().toISOString() });
const config = { smtp: null };
const target = { id: 1, unitId: 1, name: 'bench', kind: 'webhook', url, secret: 'bench-secret', recipients: [], purposes: ['alert'], enabled: true, internal: true };

function barePost() {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function timed(send) {
  for (let i = 0; i < 50; i++) await send(-1 - i); // warm up
  const ms = [];
  for (let i = 0; i < SENDS; i++) {
    const t0 = performance.now();
    await send(i);
    ms.push(performance.now() - t0);
  }
  return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-delivery-bench-'));
const handle = openDatabase({ dataDir: dir });
await migrateToLatest(handle);
const now = new Date().toISOString();
const unit = await handle.db.insertInto('unit').values({ name: '基准单位', kind: 'street_office', parent_id: null, path: '/', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
await handle.db.updateTable('unit').set({ path: `/${unit.id}/` }).where('id', '=', unit.id).execute();
await handle.db
  .insertInto('delivery_target')
  .values({ unit_id: unit.id, name: 'bench', kind: 'webhook', url, secret: 'bench-secret', recipients: '[]', purposes: '["alert"]', enabled: 1, internal: 1, created_at: now, updated_at: now })
  .execute();

const results = { baseline: [], deliverNow: [], sendToUnit: [] };
for (let run = 0; run < RUNS; run++) {
  results.baseline.push(await timed(() => barePost()));
  results.deliverNow.push(await timed(async () => {
    const r = await deliverNow(target, message, config);
    if (!r.ok) throw new Error(r.error);
  }));
  const prefix = crypto.randomBytes(4).toString('hex');
  results.sendToUnit.push(await timed(async (i) => {
    const [r] = await sendToUnit(handle.db, unit.id, 'alert', message, `bench:${prefix}:${i}`, config);
    if (r.result === 'already_sent' || !r.result.ok) throw new Error(JSON.stringify(r));
  }));
}
await handle.close();
fs.rmSync(dir, { recursive: true, force: true });
server.close();

const base50 = median(results.baseline.map((r) => r.p50));
const rows = Object.entries(results).map(([name, rs]) => {
  const p50 = median(rs.map((r) => r.p50));
  const p99 = median(rs.map((r) => r.p99));
  return [name, p50.toFixed(2), p99.toFixed(2), (p50 / base50).toFixed(1)];
});
console.log([`delivery to a local webhook: ${SENDS} sequential sends × ${RUNS} runs (median of runs)`, table(['path', 'p50 ms', 'p99 ms', 'p50 × baseline'], rows)].join('\n'));

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
