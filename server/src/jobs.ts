import type { DatabaseHandle } from './db/database.js';
import { JobWorker, scheduleRecurring, type JobHandler } from './modules/platform/jobs/index.js';

/** Every background job of every module, by queue name. Modules add their handlers here. */
function handlers(): Record<string, JobHandler> {
  return {
    'platform.session-cleanup': async (_job, ctx) => {
      // Sessions past their absolute lifetime, or revoked a day ago, serve nothing any more.
      const cutoff = new Date(Date.now() - 86_400_000).toISOString();
      await ctx.complete(async (trx) => {
        await trx.deleteFrom('session').where((eb) => eb.or([eb('expires_at', '<', new Date().toISOString()), eb('revoked_at', '<', cutoff)])).execute();
      });
    },
  };
}

export function startJobWorker(handle: DatabaseHandle) {
  const worker = new JobWorker({ db: handle.db, handlers: handlers(), onError: (err) => console.error('job worker:', err) });
  let running = false;
  void scheduleRecurring(handle.db, { name: 'platform.session-cleanup', queue: 'platform.session-cleanup', payload: {}, everySeconds: 3600 }).then(() => {
    worker.start();
    running = true;
  });
  return {
    running: () => running,
    stop: async () => {
      running = false;
      await worker.stop();
    },
  };
}
