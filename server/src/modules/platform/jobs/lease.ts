import type { Transaction, Updateable } from 'kysely';
import { dialectOf, type Database, type Executor } from '../../../db/database.js';
import type { DB, Job, JobTable } from '../../../db/schema.js';

/*
 * The job row under a lease: claiming it, renewing, and finishing it. Every write after the claim
 * is guarded by the lease token, so a worker that lost its lease can change nothing.
 */

export class LeaseLostError extends Error {
  constructor(jobId: number) {
    super(`job ${jobId}: the lease was lost to another worker; its effect was rolled back`);
    this.name = 'LeaseLostError';
  }
}

const MAX_BACKOFF_MS = 3_600_000;
const MAX_ERROR_LENGTH = 2000;

/** Delay before retry number `attempts` + 1: 2^attempts seconds capped at an hour, ± 20 % so failed jobs do not retry in lockstep. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(2 ** attempts * 1000, MAX_BACKOFF_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The row update that records a failed attempt: another try later, or failed for good. */
export function failureOutcome(job: Pick<Job, 'attempts' | 'max_attempts'>, error: unknown, now: Date, random: () => number = Math.random): Updateable<JobTable> {
  const message = error instanceof Error ? error.message : String(error);
  const recorded = { last_error: message.slice(0, MAX_ERROR_LENGTH), updated_at: now.toISOString() };
  if (job.attempts < job.max_attempts) {
    return { ...recorded, status: 'queued', run_at: new Date(now.getTime() + backoffMs(job.attempts, random)).toISOString() };
  }
  return { ...recorded, status: 'failed', finished_at: now.toISOString() };
}

export interface Claim {
  queues: string[];
  limit: number;
  token: string;
  now: Date;
  leaseUntil: string;
}

/**
 * Takes up to `limit` ready jobs: queued and due, or running under a lease that expired (its
 * worker died) with attempts left. PostgreSQL locks the candidates with FOR UPDATE SKIP LOCKED so
 * concurrent workers take disjoint sets; SQLite has one writer, so a single UPDATE is atomic.
 */
export async function claimJobs(db: Database, c: Claim): Promise<Job[]> {
  const now = c.now.toISOString();
  const readyIds = (ex: Executor) =>
    ex
      .selectFrom('job')
      .select('id')
      .where('queue', 'in', c.queues)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now), eb('attempts', '<', eb.ref('max_attempts'))]),
        ]),
      )
      .orderBy('run_at')
      .orderBy('id')
      .limit(c.limit);
  const take = (ex: Executor, ids: ReturnType<typeof readyIds> | number[]) =>
    ex
      .updateTable('job')
      .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), lease_token: c.token, lease_until: c.leaseUntil, updated_at: now }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  if (dialectOf(db) === 'sqlite') return take(db, readyIds(db));
  return db.transaction().execute(async (trx) => {
    const ids = (await readyIds(trx).forUpdate().skipLocked().execute()).map((r) => r.id);
    return ids.length === 0 ? [] : take(trx, ids);
  });
}

/** A running job, if this token still holds its lease. */
function leased(ex: Executor, id: number, token: string) {
  return ex.updateTable('job').where('id', '=', id).where('lease_token', '=', token).where('status', '=', 'running');
}

export async function renewLease(db: Database, id: number, token: string, leaseUntil: string): Promise<void> {
  await leased(db, id, token).set({ lease_until: leaseUntil }).execute();
}

/** Marks done first, so that on PostgreSQL the job row stays locked while the effect runs. */
export async function completeJob<T>(db: Database, id: number, token: string, effect: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const marked = await leased(trx, id, token).set({ status: 'done', finished_at: now, updated_at: now }).executeTakeFirst();
    if (marked.numUpdatedRows !== 1n) throw new LeaseLostError(id);
    return effect(trx);
  });
}

export async function recordFailure(db: Database, job: Job, token: string, error: unknown): Promise<boolean> {
  const r = await leased(db, job.id, token).set(failureOutcome(job, error, new Date())).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/** A job whose worker died during its last attempt gets no further claim; this closes it as failed. */
export async function failExhaustedLeases(db: Database, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('job')
    .set({ status: 'failed', last_error: 'its worker stopped during the last attempt (lease expired)', finished_at: at, updated_at: at })
    .where('status', '=', 'running')
    .where('lease_until', '<', at)
    .whereRef('attempts', '>=', 'max_attempts')
    .execute();
}
