import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs the real `yuqing` command, as a user would, against the database named in env. */
export function yuqing(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/yuqing.mjs'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', YUQING_DEMO: '0', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
