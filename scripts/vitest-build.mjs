// Vitest global setup: bring the compiled server and web app up to date once, before any test file
// starts. Tests that run the real `yuqing` command or server would otherwise race to rebuild a
// stale build from several workers at once.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build.mjs');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed; see the output above');
}
