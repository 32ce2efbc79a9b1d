/**
 * The worker process that kill.test.ts starts and SIGKILLs. It runs from server/dist, because
 * Node 20 cannot spawn a TypeScript file without a loader.
 *
 * Environment: DATABASE_URL or YUQING_DATA_DIR (the test database), KILL_TEST_SLEEP_MS (how long
 * the handler works between announcing itself and completing), KILL_TEST_LEASE_SECONDS.
 * Prints "started <jobId>" when the handler begins and "completed <jobId>" once its effect is
 * committed; stops cleanly on SIGTERM.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../../core/config.js';
import { openDatabase } from '../../../db/database.js';
import { JobWorker } from './worker.js';

const config = loadConfig();
const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 3 });
const sleepMs = Number(process.env.KILL_TEST_SLEEP_MS ?? 0);

const worker = new JobWorker({
  db: handle.db,
  leaseSeconds: Number(process.env.KILL_TEST_LEASE_SECONDS ?? 2),
  pollMs: 50,
  handlers: {
    'kill-test': async (job, ctx) => {
      console.log(`started ${job.id}`);
      await sleep(sleepMs);
      // A primary key: a second effect would fail rather than pass unnoticed.
      await ctx.complete((trx) =>
        trx.insertInto('setting').values({ key: 'kill-test-effect', value: String(job.id), updated_at: new Date().toISOString() }).execute(),
      );
      console.log(`completed ${job.id}`);
    },
  },
});

worker.start();
process.once('SIGTERM', () => {
  void worker
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
