import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { enqueue, JobWorker, LeaseLostError, queueStats, recentJobs, scheduleRecurring, type JobHandler, type JobWorkerOptions } from './index.js';
import { nextRunAfter } from './queue.js';
import { backoffMs, failureOutcome } from './lease.js';

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}

describe('backoffMs', () => {
  it.each([
    { attempts: 1, random: 0.5, ms: 2000 },
    { attempts: 1, random: 0, ms: 1600 },
    { attempts: 1, random: 1, ms: 2400 },
    { attempts: 3, random: 0.5, ms: 8000 },
    { attempts: 11, random: 0.5, ms: 2_048_000 },
    { attempts: 12, random: 0.5, ms: 3_600_000 },
    { attempts: 40, random: 0, ms: 2_880_000 },
  ])('attempt $attempts, random $random → $ms ms', ({ attempts, random, ms }) => {
    expect(backoffMs(attempts, () => random)).toBe(ms);
  });
});

describe('failureOutcome', () => {
  const now = new Date('2026-01-01T00:00:00.000Z');
  const at = now.toISOString();
  it.each([
    { attempts: 1, max: 5, expected: { status: 'queued', run_at: '2026-01-01T00:00:02.000Z' } },
    { attempts: 4, max: 5, expected: { status: 'queued', run_at: '2026-01-01T00:00:16.000Z' } },
    { attempts: 5, max: 5, expected: { status: 'failed', finished_at: at } },
  ])('attempt $attempts of $max → $expected.status', ({ attempts, max, expected }) => {
    const outcome = failureOutcome({ attempts, max_attempts: max }, new Error('boom'), now, () => 0.5);
    expect(outcome).toEqual({ ...expected, last_error: 'boom', updated_at: at });
  });
  it('records non-Error throws and truncates long messages', () => {
    expect(failureOutcome({ attempts: 1, max_attempts: 1 }, 'plain', now).last_error).toBe('plain');
    expect(failureOutcome({ attempts: 1, max_attempts: 1 }, new Error('x'.repeat(5000)), now).last_error).toHaveLength(2000);
  });
});

describe('nextRunAfter', () => {
  const prev = '2026-01-01T00:00:00.000Z';
  it.each([
    { now: '2026-01-01T00:00:00.000Z', next: '2026-01-01T01:00:00.000Z' },
    { now: '2026-01-01T00:59:59.999Z', next: '2026-01-01T01:00:00.000Z' },
    { now: '2026-01-01T01:00:00.000Z', next: '2026-01-01T02:00:00.000Z' },
    { now: '2026-01-01T05:30:00.000Z', next: '2026-01-01T06:00:00.000Z' },
  ])('every hour from midnight, at $now → $next', ({ now, next }) => {
    expect(nextRunAfter(prev, 3600, new Date(now))).toBe(next);
  });
});

describe.each(DIALECTS)('job queue on %s', (dialect) => {
  let db: TestDatabase;
  let workers: JobWorker[];
  let errors: unknown[];

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    workers = [];
    errors = [];
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await db.drop();
  });

  function startWorker(handlers: Record<string, JobHandler>, opts: Partial<JobWorkerOptions> = {}): JobWorker {
    const worker = new JobWorker({ db: db.db, handlers, pollMs: 20, onError: (e) => errors.push(e), ...opts });
    worker.start();
    workers.push(worker);
    return worker;
  }
  const job = (id: number) => db.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const statusIs = (id: number, status: string) => async () => (await job(id)).status === status;
  const waitingForRetry = (id: number, attempts: number) => async () => {
    const j = await job(id);
    return j.status === 'queued' && j.attempts === attempts;
  };
  /** Time travel for a retry: make its backoff elapse now. */
  const makeDue = (id: number) => db.db.updateTable('job').set({ run_at: new Date().toISOString() }).where('id', '=', id).execute();
  const effects = () => db.db.selectFrom('setting').select(['key', 'value']).where('key', 'like', 'effect-%').execute();
  const writeEffect: JobHandler = (j, ctx) =>
    ctx.complete(async (trx) => {
      await trx.insertInto('setting').values({ key: `effect-${j.id}`, value: j.queue, updated_at: new Date().toISOString() }).execute();
    });

  it('runs a job with its payload and marks it done', async () => {
    const seen: unknown[] = [];
    const id = await enqueue(db.db, 't.echo', { n: 1 });
    startWorker(
      {
        't.echo': async (j, ctx) => {
          seen.push(j.payload);
          await writeEffect(j, ctx);
        },
      },
      { workerId: 'w-echo' },
    );
    await waitFor(statusIs(id, 'done'));
    expect(seen).toEqual([{ n: 1 }]);
    expect(await effects()).toEqual([{ key: `effect-${id}`, value: 't.echo' }]);
    expect(await queueStats(db.db)).toEqual({ queued: 0, running: 0, done: 1, failed: 0 });
    const [summary] = await recentJobs(db.db, 10);
    expect(summary).toMatchObject({ id, queue: 't.echo', status: 'done', attempts: 1, maxAttempts: 5, lastError: null, workerId: 'w-echo' });
    expect(summary.finishedAt).not.toBeNull();
  });

  it('completes a handler that never calls complete()', async () => {
    const id = await enqueue(db.db, 't.noop', null);
    startWorker({ 't.noop': async () => undefined });
    await waitFor(statusIs(id, 'done'));
    expect(errors).toEqual([]);
  });

  it('leaves a job for later until its run_at', async () => {
    const id = await enqueue(db.db, 't.later', null, { runAt: new Date(Date.now() + 3_600_000) });
    startWorker({ 't.later': async () => undefined });
    await sleep(150);
    expect((await job(id)).status).toBe('queued');
  });

  it('retries with backoff, then succeeds', async () => {
    const id = await enqueue(db.db, 't.flaky', null);
    startWorker({ 't.flaky': async (j, ctx) => (j.attempts === 1 ? Promise.reject(new Error('boom')) : writeEffect(j, ctx)) });
    await waitFor(waitingForRetry(id, 1));
    const retry = await job(id);
    expect(retry.last_error).toBe('boom');
    const delay = Date.parse(retry.run_at) - Date.parse(retry.updated_at);
    expect(delay).toBeGreaterThanOrEqual(1600);
    expect(delay).toBeLessThanOrEqual(2400);
    await makeDue(id);
    await waitFor(statusIs(id, 'done'));
    expect((await job(id)).attempts).toBe(2);
    expect(await effects()).toHaveLength(1);
  });

  it('fails a job after max attempts, keeping the last error', async () => {
    const id = await enqueue(db.db, 't.broken', null, { maxAttempts: 2 });
    startWorker({ 't.broken': async (j) => Promise.reject(new Error(`broken on attempt ${j.attempts}`)) });
    await waitFor(waitingForRetry(id, 1));
    await makeDue(id);
    await waitFor(statusIs(id, 'failed'));
    expect(await job(id)).toMatchObject({ attempts: 2, last_error: 'broken on attempt 2', finished_at: expect.any(String) });
  });

  it('keeps one pending job per singleton key', async () => {
    const first = await enqueue(db.db, 't.single', { v: 1 }, { singletonKey: 'k' });
    expect(await enqueue(db.db, 't.single', { v: 2 }, { singletonKey: 'k' })).toBe(first);
    // Inside a transaction too: a PostgreSQL unique violation would have aborted it.
    expect(await db.db.transaction().execute((trx) => enqueue(trx, 't.single', { v: 3 }, { singletonKey: 'k' }))).toBe(first);
    expect(await enqueue(db.db, 't.other', null, { singletonKey: 'k' })).not.toBe(first);
    expect(await enqueue(db.db, 't.single', null)).not.toBe(first);
    await db.db.updateTable('job').set({ status: 'done' }).where('id', '=', first).execute();
    const next = await enqueue(db.db, 't.single', { v: 4 }, { singletonKey: 'k' });
    expect(next).not.toBe(first);
    expect(JSON.parse((await job(next)).payload)).toEqual({ v: 4 });
  });

  it('rolls the effect back when another worker has taken the lease', async () => {
    const id = await enqueue(db.db, 't.stolen', null);
    startWorker({
      't.stolen': async (j, ctx) => {
        await db.db.updateTable('job').set({ lease_token: 'thief/1' }).where('id', '=', j.id).execute();
        await writeEffect(j, ctx);
      },
    });
    await waitFor(async () => errors.length > 0);
    expect(errors[0]).toBeInstanceOf(LeaseLostError);
    expect(await effects()).toEqual([]);
    expect(await job(id)).toMatchObject({ status: 'running', lease_token: 'thief/1', attempts: 1 });
  });

  it('fails a job whose worker died during its last attempt, and retakes one with attempts left', async () => {
    const expired = new Date(Date.now() - 1000).toISOString();
    const last = await enqueue(db.db, 't.orphan', null, { maxAttempts: 2 });
    const retake = await enqueue(db.db, 't.orphan', null, { maxAttempts: 2 });
    await db.db.updateTable('job').set({ status: 'running', attempts: 2, lease_token: 'dead/1', lease_until: expired }).where('id', '=', last).execute();
    await db.db.updateTable('job').set({ status: 'running', attempts: 1, lease_token: 'dead/2', lease_until: expired }).where('id', '=', retake).execute();
    startWorker({ 't.orphan': writeEffect });
    await waitFor(async () => (await statusIs(last, 'failed')()) && (await statusIs(retake, 'done')()));
    expect((await job(last)).last_error).toMatch(/lease expired/);
    expect(await job(retake)).toMatchObject({ attempts: 2 });
    expect(await effects()).toEqual([{ key: `effect-${retake}`, value: 't.orphan' }]);
  });

  it('enqueues a recurring job once per period with two workers', async () => {
    await scheduleRecurring(db.db, { name: 't.tick', queue: 't.tick', payload: { p: 1 }, everySeconds: 3600 });
    const scheduled = async () => (await db.db.selectFrom('recurring_job').select('next_run_at').where('name', '=', 't.tick').executeTakeFirstOrThrow()).next_run_at;
    const instances = () => db.db.selectFrom('job').select(['status', 'singleton_key', 'payload']).where('queue', '=', 't.tick').execute();
    const firstDue = await scheduled();
    const handlers = { 't.tick': async () => undefined };
    startWorker(handlers);
    startWorker(handlers);
    await waitFor(async () => (await instances()).some((j) => j.status === 'done'));
    await sleep(200); // ten more polls of each worker
    expect(await instances()).toEqual([{ status: 'done', singleton_key: 't.tick', payload: '{"p":1}' }]);
    expect(await scheduled()).toBe(new Date(Date.parse(firstDue) + 3_600_000).toISOString());

    // Re-registering at the next start-up keeps the schedule.
    await scheduleRecurring(db.db, { name: 't.tick', queue: 't.tick', payload: { p: 2 }, everySeconds: 3600 });
    expect(await scheduled()).toBe(new Date(Date.parse(firstDue) + 3_600_000).toISOString());

    await db.db.updateTable('recurring_job').set({ next_run_at: new Date().toISOString() }).execute();
    await waitFor(async () => (await instances()).filter((j) => j.status === 'done').length === 2);
    await sleep(200);
    expect((await instances()).map((j) => j.payload)).toEqual(['{"p":1}', '{"p":2}']);
  });

  it('never runs a job twice with two workers of concurrency 2', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push(await enqueue(db.db, 't.many', { i }));
    const runs = new Map<number, string[]>();
    const handler = (worker: string): JobHandler => async (j, ctx) => {
      runs.set(j.id, [...(runs.get(j.id) ?? []), worker]);
      await sleep(Math.random() * 5);
      await writeEffect(j, ctx);
    };
    startWorker({ 't.many': handler('a') }, { concurrency: 2, workerId: 'a' });
    startWorker({ 't.many': handler('b') }, { concurrency: 2, workerId: 'b' });
    await waitFor(async () => (await queueStats(db.db)).done === 50, 20_000);
    expect([...runs.values()].every((by) => by.length === 1)).toBe(true);
    expect(new Set([...runs.values()].flat())).toEqual(new Set(['a', 'b']));
    expect((await effects()).map((e) => Number(e.key.slice('effect-'.length))).sort((x, y) => x - y)).toEqual(ids);
    expect(await db.db.selectFrom('job').select('id').where('attempts', '!=', 1).execute()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('waits for running handlers on stop()', async () => {
    const id = await enqueue(db.db, 't.slow', null);
    let started = false;
    const worker = startWorker({
      't.slow': async (j, ctx) => {
        started = true;
        await sleep(300);
        await writeEffect(j, ctx);
      },
    });
    await waitFor(async () => started);
    await worker.stop();
    expect((await job(id)).status).toBe('done');
  });
});
