#!/usr/bin/env node
// Builds what is out of date: the server (tsc -b common server) and the web app (vite build).
// A part is out of date when any of its sources is newer than its output, so `npm start` after
// a `git pull` rebuilds and a plain restart does not. `--force` rebuilds everything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function newest(entries) {
  let max = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') walk(path.join(p, e));
    } else max = Math.max(max, st.mtimeMs);
  };
  entries.forEach((e) => walk(path.join(root, e)));
  return max;
}

function stampTime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(cmd, args, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const parts = [
  {
    name: 'server',
    sources: ['common/src', 'common/tsconfig.json', 'server/src', 'server/tsconfig.json', 'tsconfig.base.json'],
    stamp: path.join(root, 'server/dist/.build-stamp'),
    build: () => run(bin('tsc'), ['-b', 'common', 'server']),
  },
  {
    name: 'web',
    sources: ['common/src', 'web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json'],
    stamp: path.join(root, 'web/dist/.build-stamp'),
    build: () => run(bin('vite'), ['build', '--logLevel', 'warn'], path.join(root, 'web')),
    skip: () => !fs.existsSync(path.join(root, 'web/index.html')),
  },
];

for (const part of parts) {
  if (part.skip?.()) continue;
  if (!force && stampTime(part.stamp) >= newest(part.sources)) continue;
  const t0 = Date.now();
  part.build();
  fs.mkdirSync(path.dirname(part.stamp), { recursive: true });
  fs.writeFileSync(part.stamp, new Date().toISOString());
  console.error(`built ${part.name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
