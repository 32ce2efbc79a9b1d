#!/usr/bin/env node
// The `yuqing` command. It brings the compiled server up to date first, so it works right after
// `npm install` and after a pull, then hands over to the CLI in server/dist.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { runCli } = await import(pathToFileURL(path.join(root, 'server/dist/cli.js')).href);
await runCli(process.argv.slice(2));
