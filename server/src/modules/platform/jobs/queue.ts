import { sql } from 'kysely';
import type { JobStatus, JobSummary } from '@yuqing/common';
import type { Database, Executor } from '../../../db/database.js';
import type { Job } from '../../../db/schema.js';

export type { JobStatus, JobSummary };

export interface EnqueueOptions {
  /** Not before this moment; default now. */
  runAt?: Date;
  /** Attempts before the job is marked failed; default 5. */
  maxAttempts?: number;
  /** At most one queued or running job per (queue, singletonKey); a duplicate enqueue returns the pending job's id. */
  singletonKey?: string;
}

/** How often an enqueue of a singleton retries when the pending duplicate finishes between its two statements. */
const SINGLETON_TRIES = 3;

/**
 * Adds a job and returns its id. Takes an Executor so that a module can enqueue inside its own
 * transaction: the job then exists exactly when the change that asked for it was committed.
 */
export async function enqueue(db: Executor, queue: string, payload: unknown, opts: EnqueueOptions = {}): Promise<number> {
  const now = new Date().toISOString();
  const row = {
    queue,
    payload: JSON.stringify(payload ?? null),
    status: 'queued' as const,
    run_at: (opts.runAt ?? new Date()).toISOString(),
    attempts: 0,
    max_attempts: opts.maxAttempts ?? 5,
    singleton_key: opts.singletonKey ?? null,
    created_at: now,
    updated_at: now,
  };
  if (row.singleton_key === null) {
    return (await db.insertInto('job').values(row).returning('id').executeTakeFirstOrThrow()).id;
  }
  for (let i = 0; i < SINGLETON_TRIES; i++) {
    // ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a violation
    // would abort the caller's transaction. The predicate repeats job_singleton_uq's literally,
    // because PostgreSQL infers the partial index only from an identical (unparameterised) predicate.
    const inserted = await db
      .insertInto('job')
      .values(row)
      .onConflict((oc) => oc.columns(['queue', 'singleton_key']).where(sql<boolean>`singleton_key is not null and status in ('queued', 'running')`).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const pending = await db
      .selectFrom('job')
      .select('id')
      .where('queue', '=', queue)
      .where('singleton_key', '=', row.singleton_key)
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    if (pending) return pending.id;
  }
  throw new Error(`enqueue ${queue}/${row.singleton_key}: the pending duplicate kept finishing; giving up after ${SINGLETON_TRIES} tries`);
}

export interface RecurringJob {
  /** Unique name; also the singleton key of its instances, so a slow run is never doubled. */
  name: string;
  queue: string;
  payload: unknown;
  everySeconds: number;
}

/**
 * Registers or updates a recurring job. The first run is due at once; re-registering (every
 * start-up does) changes queue, payload and period but keeps the schedule and the enabled flag.
 */
export async function scheduleRecurring(db: Executor, job: RecurringJob): Promise<void> {
  if (!Number.isInteger(job.everySeconds) || job.everySeconds < 1) throw new Error(`recurring job ${job.name}: everySeconds must be a positive integer`);
  const payload = JSON.stringify(job.payload ?? null);
  await db
    .insertInto('recurring_job')
    .values({ name: job.name, queue: job.queue, payload, every_seconds: job.everySeconds, next_run_at: new Date().toISOString(), enabled: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ queue: job.queue, payload, every_seconds: job.everySeconds }))
    .execute();
}

/**
 * The first moment after `now` on the grid previous + k × every. Periods missed while no worker
 * ran are skipped rather than caught up in a burst.
 */
export function nextRunAfter(previous: string, everySeconds: number, now: Date): string {
  const start = Date.parse(previous);
  const every = everySeconds * 1000;
  const periods = Math.max(1, Math.floor((now.getTime() - start) / every) + 1);
  return new Date(start + periods * every).toISOString();
}

/**
 * Enqueues one instance of every due recurring job. Several workers may call this at once: each
 * advances next_run_at with a compare-and-set on the value it read, and only the winner enqueues,
 * in the same transaction.
 */
export async function enqueueDueRecurring(db: Database, now: Date): Promise<void> {
  const due = await db.selectFrom('recurring_job').selectAll().where('enabled', '=', 1).where('next_run_at', '<=', now.toISOString()).execute();
  for (const r of due) {
    await db.transaction().execute(async (trx) => {
      const advanced = await trx
        .updateTable('recurring_job')
        .set({ next_run_at: nextRunAfter(r.next_run_at, r.every_seconds, now) })
        .where('name', '=', r.name)
        .where('next_run_at', '=', r.next_run_at)
        .executeTakeFirst();
      if (advanced.numUpdatedRows === 1n) await enqueue(trx, r.queue, JSON.parse(r.payload), { singletonKey: r.name });
    });
  }
}

export type QueueStats = Record<JobStatus, number>;

export async function queueStats(db: Executor): Promise<QueueStats> {
  const rows = await db.selectFrom('job').select((eb) => ['status', eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
  const stats: QueueStats = { queued: 0, running: 0, done: 0, failed: 0 };
  // PostgreSQL returns count(*) as a bigint string.
  for (const r of rows) stats[r.status] = Number(r.n);
  return stats;
}


/** Lease tokens are `<workerId>/<random>`; only the worker part is shown, the random part is the guard. */
function presentJob(row: Job): JobSummary {
  const token = row.lease_token;
  return {
    id: row.id,
    queue: row.queue,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    workerId: token === null ? null : token.slice(0, token.lastIndexOf('/')),
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export async function recentJobs(db: Executor, limit: number): Promise<JobSummary[]> {
  const rows = await db.selectFrom('job').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(presentJob);
}
