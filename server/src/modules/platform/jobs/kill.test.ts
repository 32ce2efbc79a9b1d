import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { enqueue } from './index.js';

// The child runs compiled, from server/dist: `npm test` builds it first.
const REPO_ROOT = path.resolve(import.meta.dirname, '../../../../..');
const CHILD = path.join(REPO_ROOT, 'server/dist/modules/platform/jobs/kill-test-child.js');
const LEASE_SECONDS = 2;

interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stderr(): string;
}

function startChild(db: TestDatabase, sleepMs: number): Child {
  if (!fs.existsSync(CHILD)) throw new Error(`${CHILD} is missing: build the server first (npx tsc -b server)`);
  // The database comes from db.env only, never from the environment the tests run in.
  const { DATABASE_URL: _url, YUQING_DATA_DIR: _dir, ...inherited } = process.env;
  const env = { ...inherited, ...db.env, KILL_TEST_SLEEP_MS: String(sleepMs), KILL_TEST_LEASE_SECONDS: String(LEASE_SECONDS) };
  const child = spawn(process.execPath, [CHILD], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  const line = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => fail(`no line matching ${pattern} within ${timeoutMs} ms`), timeoutMs);
      const onLine = (text: string) => {
        if (!pattern.test(text)) return;
        cleanup();
        resolve(text);
      };
      const onExit = (code: number | null, signal: string | null) => fail(`child exited (${signal ?? code}) before printing ${pattern}`);
      function fail(reason: string) {
        cleanup();
        reject(new Error(`${reason}\nchild stderr:\n${stderr}`));
      }
      function cleanup() {
        clearTimeout(timer);
        lines.off('line', onLine);
        child.off('exit', onExit);
      }
      lines.on('line', onLine);
      child.on('exit', onExit);
    });
  return { process: child, line, stderr: () => stderr };
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

describe.each(DIALECTS)('a worker SIGKILLed mid-job on %s', (dialect) => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];

  afterEach(async () => {
    await Promise.all(children.splice(0).map((c) => kill(c, 'SIGKILL')));
    await db.drop();
  });

  it('leaves the job to the next worker, and the effect happens exactly once', async () => {
    db = await createTestDatabase(dialect);
    const id = await enqueue(db.db, 'kill-test', null);
    const job = () => db.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const effects = () => db.db.selectFrom('setting').select('value').where('key', '=', 'kill-test-effect').execute();

    // The first worker would sleep 10 s before its effect; it dies long before.
    const first = startChild(db, 10_000);
    children.push(first.process);
    await first.line(new RegExp(`^started ${id}$`));
    await kill(first.process, 'SIGKILL');
    expect(await job()).toMatchObject({ status: 'running', attempts: 1 });
    expect(await effects()).toEqual([]);

    // The second takes the job over once the dead worker's lease has expired.
    const second = startChild(db, 0);
    children.push(second.process);
    await second.line(new RegExp(`^completed ${id}$`), (LEASE_SECONDS + 10) * 1000);
    await kill(second.process, 'SIGTERM');
    expect(second.process.exitCode, second.stderr()).toBe(0);

    expect(await job()).toMatchObject({ status: 'done', attempts: 2 });
    expect(await effects()).toEqual([{ value: String(id) }]);
  });
});
