import crypto from 'node:crypto';
import os from 'node:os';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/database.js';
import type { DB, Job } from '../../../db/schema.js';
import { claimJobs, completeJob, failExhaustedLeases, recordFailure, renewLease } from './lease.js';
import { enqueueDueRecurring } from './queue.js';

/** What a handler sees of its job: the payload parsed, the attempt counted from 1. */
export interface ClaimedJob {
  id: number;
  queue: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export interface JobContext {
  /**
   * Runs the job's database effect in one transaction with marking the job done, guarded by this
   * worker's lease: if another worker has taken the job over, nothing is committed and
   * LeaseLostError is thrown. Call it at most once; a handler that never calls it is completed
   * with no effect when it returns. The effect must use `trx`, not the worker's database: on
   * SQLite that one connection waits for this very transaction.
   */
  complete<T>(effect: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
}

export type JobHandler = (job: ClaimedJob, ctx: JobContext) => Promise<void>;

export interface JobWorkerOptions {
  db: Database;
  /** Handlers by queue name; the worker claims jobs of these queues only. */
  handlers: Record<string, JobHandler>;
  /** A claimed job is someone else's to take after this long without a renewal; default 30. */
  leaseSeconds?: number;
  /** Wait between polls when there is nothing to do; default 500. */
  pollMs?: number;
  /** Jobs run at once by this worker; default 1. */
  concurrency?: number;
  /** Shown as the lease holder; default `<hostname>:<pid>`. */
  workerId?: string;
  /** Infrastructure errors (polling, lost leases); a handler's own errors are recorded on its job. */
  onError?: (error: unknown) => void;
}

export class JobWorker {
  private readonly db: Database;
  private readonly handlers: Record<string, JobHandler>;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly workerId: string;
  private readonly onError: (error: unknown) => void;
  private readonly active = new Set<Promise<void>>();
  private loop: Promise<void> | null = null;
  private stopping = false;
  /** Set when a job finishes or stop() is called, so the loop need not sleep out its poll interval. */
  private woken = false;
  private wakeUp: (() => void) | null = null;

  constructor(opts: JobWorkerOptions) {
    this.db = opts.db;
    this.handlers = opts.handlers;
    this.leaseMs = (opts.leaseSeconds ?? 30) * 1000;
    this.pollMs = opts.pollMs ?? 500;
    this.concurrency = opts.concurrency ?? 1;
    this.workerId = opts.workerId ?? `${os.hostname()}:${process.pid}`;
    this.onError = opts.onError ?? ((error) => console.error(`job worker ${this.workerId}:`, error));
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Stops claiming and resolves once every running handler has finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.all(this.active);
    this.loop = null;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const now = new Date();
      // Independent steps: a failure of one must not starve the others.
      await enqueueDueRecurring(this.db, now).catch(this.onError);
      await failExhaustedLeases(this.db, now).catch(this.onError);
      await this.fillSlots(now).catch(this.onError);
      await this.pause();
    }
  }

  private async fillSlots(now: Date): Promise<void> {
    const free = this.concurrency - this.active.size;
    const queues = Object.keys(this.handlers);
    if (free <= 0 || queues.length === 0 || this.stopping) return;
    const token = `${this.workerId}/${crypto.randomUUID()}`;
    const jobs = await claimJobs(this.db, { queues, limit: free, token, now, leaseUntil: this.leaseUntil(now) });
    for (const job of jobs) {
      const run = this.execute(job, token).catch(this.onError);
      this.active.add(run);
      void run.finally(() => {
        this.active.delete(run);
        this.wake();
      });
    }
  }

  private async execute(row: Job, token: string): Promise<void> {
    // A renewal that finds the lease gone needs no action here: complete() notices the loss.
    let renewing: Promise<void> = Promise.resolve();
    const renewal = setInterval(() => {
      renewing = renewLease(this.db, row.id, token, this.leaseUntil(new Date())).catch(this.onError);
    }, this.leaseMs / 3);
    let completion: Promise<unknown> | null = null;
    const ctx: JobContext = {
      complete: (effect) => {
        if (completion) throw new Error(`job ${row.id}: complete() may be called only once`);
        const done = completeJob(this.db, row.id, token, effect);
        // Marked handled for a handler that throws without awaiting it; the outcome is read from `completion` below.
        done.catch(() => undefined);
        completion = done;
        return done;
      },
    };
    try {
      const job: ClaimedJob = { id: row.id, queue: row.queue, payload: JSON.parse(row.payload), attempts: row.attempts, maxAttempts: row.max_attempts };
      await this.handlers[row.queue](job, ctx);
      // Awaiting the handler's own completion too: one it failed to await, or caught, still decides the outcome.
      await (completion ?? ctx.complete(async () => undefined));
    } catch (error) {
      const recorded = await recordFailure(this.db, row, token, error);
      // Not recorded: the job is done already or another worker holds it, so the error is not the job's.
      if (!recorded) this.onError(error);
    } finally {
      clearInterval(renewal);
      // So that stop() also waits for it: the database may be closed right after.
      await renewing;
    }
  }

  private leaseUntil(now: Date): string {
    return new Date(now.getTime() + this.leaseMs).toISOString();
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      if (this.woken || this.stopping) {
        this.woken = false;
        return resolve();
      }
      const timer = setTimeout(() => this.wakeUp?.(), this.pollMs);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.woken = false;
        resolve();
      };
    });
  }
}
