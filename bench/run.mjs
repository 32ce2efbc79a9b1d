#!/usr/bin/env node
// `npm run bench`: prints a table of the foundation's figures, each the median of several runs,
// with a bare Fastify route measured in the same run as the baseline.
//   startup: `bin/yuqing.mjs serve` (what npm start runs, build check included) to the first 200 on /api/health, on an existing database
//   org tree: GET /api/units/tree with 1,000 units and 20,000 people, 50 connections
//   baseline: a bare Fastify route returning a small JSON body, same load
//   memory: resident set size of the server after the load
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startServer(dataDir, port, extraEnv = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/yuqing.mjs'), 'serve'], {
    env: { ...process.env, PORT: String(port), YUQING_DATA_DIR: dataDir, YUQING_DEMO: '0', LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (r.status === 200) return performance.now() - t0;
      } catch {}
      if (child.exitCode !== null) throw new Error('server exited during start');
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return { child, ready };
}

async function stop(child) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function load(url, headers) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average };
}

async function login(port) {
  const first = await fetch(`http://127.0.0.1:${port}/api/health`);
  const csrf = /yq_csrf=([^;]+)/.exec(first.headers.get('set-cookie'))[1];
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `yq_csrf=${csrf}` },
    body: JSON.stringify({ username: 'bench_admin', password: 'Bench-admin-2026' }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const session = /yq_session=([^;]+)/.exec(res.headers.get('set-cookie'))[1];
  return { cookie: `yq_session=${session}; yq_csrf=${csrf}` };
}

async function bareFastify(port) {
  const { default: Fastify } = await import(path.join(root, 'node_modules/fastify/fastify.js'));
  const app = Fastify();
  app.get('/bare', async () => ({ ok: true, units: [{ id: 1, name: '示范区委宣传部' }] }));
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-'));
const port = 18080 + Math.floor(Math.random() * 1000);
const { child: seedChild, ready: seedReady } = startServer(dataDir, port);
await seedReady;
await stop(seedChild);
const seed = spawn(process.execPath, [path.join(root, 'bench/seed-org.mjs'), dataDir], { stdio: 'inherit' });
await new Promise((r, j) => seed.once('exit', (c) => (c === 0 ? r() : j(new Error('seed failed')))));

const startups = [];
for (let i = 0; i < RUNS; i++) {
  const { child, ready } = startServer(dataDir, port);
  startups.push(await ready);
  await stop(child);
}

const { child, ready } = startServer(dataDir, port);
await ready;
const headers = await login(port);
const bare = await bareFastify(port + 1);
const tree = [];
const base = [];
await load(`http://127.0.0.1:${port}/api/units/tree`, headers);
for (let i = 0; i < RUNS; i++) {
  tree.push(await load(`http://127.0.0.1:${port}/api/units/tree`, headers));
  base.push(await load(`http://127.0.0.1:${port + 1}/bare`, {}));
}
const rss = rssOf(child.pid);
await bare.close();
await stop(child);
fs.rmSync(dataDir, { recursive: true, force: true });

const m = (xs, k) => median(xs.map((x) => x[k]));
const rows = [
  ['startup to first 200 /api/health (existing db)', `${median(startups).toFixed(0)} ms`, ''],
  ['org tree p50 latency (1,000 units, 20,000 people)', `${m(tree, 'p50')} ms`, `bare route ${m(base, 'p50')} ms`],
  ['org tree p99 latency', `${m(tree, 'p99')} ms`, `bare route ${m(base, 'p99')} ms`],
  ['org tree requests/s (50 connections)', m(tree, 'rps').toFixed(0), `bare route ${m(base, 'rps').toFixed(0)} (ratio ${(m(tree, 'rps') / m(base, 'rps')).toFixed(3)})`],
  ['server resident memory after load', `${rss.toFixed(0)} MiB`, ''],
];
console.log(`\nYuqing foundation benchmarks — median of ${RUNS} runs, ${DURATION} s each, ${os.cpus().length} cores, Node ${process.version}, SQLite\n`);
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), Math.max(...rows.map((r) => r[2].length))];
console.log(`| ${'figure'.padEnd(w[0])} | ${'value'.padEnd(w[1])} | ${'baseline (same run)'.padEnd(w[2])} |`);
console.log(`|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|${'-'.repeat(w[2] + 2)}|`);
for (const r of rows) console.log(`| ${r[0].padEnd(w[0])} | ${r[1].padEnd(w[1])} | ${r[2].padEnd(w[2])} |`);
