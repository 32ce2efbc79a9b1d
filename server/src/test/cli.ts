import { spawn, spawnSync } from 'node:child_process';
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

/** The same, without blocking this process: for a command that calls back into a server the test runs. */
export function yuqingAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/yuqing.mjs'), ...args], { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', YUQING_DEMO: '0', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
