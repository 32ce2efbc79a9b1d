import type { DatabaseHandle } from './db/database.js';
import { notifyFlagged, refreshFromFeeds } from './modules/channels/index.js';
import { LINK_CHECK_QUEUE, runLinkCheck, type LinkCheckPayload } from './modules/publishing/index.js';
import { JobWorker, scheduleRecurring, type JobHandler } from './modules/platform/jobs/index.js';
import { beijingDate, draftDue, dueOn } from './modules/documents/reports/index.js';
import { DELIVERY_QUEUE, DELIVERY_RECOVER_QUEUE, deliveryJobHandler, recoverStalled } from './modules/platform/delivery/index.js';
import type { Config } from './core/config.js';
import { pollDueSources } from './modules/monitoring/sources/index.js';
import { applyRetention } from './modules/monitoring/items/index.js';
import { flagOverdue, OVERDUE_QUEUE } from './modules/responsibility/index.js';
import { BREACH_QUEUE, breachJobHandler } from './modules/incidents/index.js';
import { DIGEST_QUEUE, runDigestJob } from './modules/monitoring/alerts/index.js';
import { DEMO_REPLAY_QUEUE, runDemoReplay } from './modules/monitoring/sources/index.js';

/** Every background job of every module, by queue name. Modules add their handlers here. */
function handlers(handle: DatabaseHandle, config: Pick<Config, 'delivery'>): Record<string, JobHandler> {
  return {
    // Both are idempotent reads and updates of the current state, so a retry after a crash is harmless.
    'channels.refresh-feeds': async () => {
      await refreshFromFeeds(handle.db);
    },
    'channels.notify-flagged': async () => {
      await notifyFlagged(handle.db);
    },
    [LINK_CHECK_QUEUE]: async (job, ctx) => {
      await runLinkCheck(handle.db, job.payload as LinkCheckPayload, (effect) => ctx.complete(effect));
    },
    'platform.session-cleanup': async (_job, ctx) => {
      // Sessions past their absolute lifetime, or revoked a day ago, serve nothing any more.
      const cutoff = new Date(Date.now() - 86_400_000).toISOString();
      await ctx.complete(async (trx) => {
        await trx.deleteFrom('session').where((eb) => eb.or([eb('expires_at', '<', new Date().toISOString()), eb('revoked_at', '<', cutoff)])).execute();
      });
    },
    [DELIVERY_QUEUE]: deliveryJobHandler(handle.db, config.delivery),
    [DELIVERY_RECOVER_QUEUE]: async () => {
      await recoverStalled(handle.db);
    },
    // Each source records its own outcome and next poll time, so a retry only re-asks what is still due.
    'monitoring.poll-sources': async () => {
      await pollDueSources(handle.db);
    },
    'monitoring.retention': async () => {
      await applyRetention(handle.db);
    },
    // Flags each overdue occurrence once (it records when it told), so a retry never tells twice.
    [OVERDUE_QUEUE]: async () => {
      await flagOverdue(handle.db);
    },
    // Idempotent: each rung of a late step is claimed by a version check before it is sent.
    [BREACH_QUEUE]: breachJobHandler(handle.db, config.delivery),
    // Idempotent: a unit's digest of the day is claimed before it is sent.
    [DIGEST_QUEUE]: async () => {
      await runDigestJob(handle.db, new Date(), config.delivery);
    },
    // Idempotent: a report already drafted for the unit, kind and period is not drafted again.
    'reports.draft-due': async () => {
      await draftDue(handle.db, dueOn(beijingDate(new Date())));
    },
    // Its progress is read from the items it stored, so a retry delivers only what is still due.
    [DEMO_REPLAY_QUEUE]: async () => {
      await runDemoReplay(handle.db, new Date());
    },
  };
}

export function startJobWorker(handle: DatabaseHandle, config: Pick<Config, 'delivery'>) {
  const worker = new JobWorker({ db: handle.db, handlers: handlers(handle, config), onError: (err) => console.error('job worker:', err) });
  let running = false;
  const recurring = [
    { name: 'platform.session-cleanup', everySeconds: 3600 },
    { name: 'channels.refresh-feeds', everySeconds: 3600 },
    { name: 'channels.notify-flagged', everySeconds: 86_400 },
    { name: DELIVERY_RECOVER_QUEUE, everySeconds: 300 },
    { name: 'monitoring.poll-sources', everySeconds: 60 },
    { name: 'monitoring.retention', everySeconds: 86_400 },
    { name: OVERDUE_QUEUE, everySeconds: 3600 },
    { name: BREACH_QUEUE, everySeconds: 60 },
    { name: DIGEST_QUEUE, everySeconds: 60 },
    { name: 'reports.draft-due', everySeconds: 6 * 3600 },
    { name: DEMO_REPLAY_QUEUE, everySeconds: 60 },
  ];
  void Promise.all(recurring.map((r) => scheduleRecurring(handle.db, { ...r, queue: r.name, payload: {} }))).then(() => {
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
