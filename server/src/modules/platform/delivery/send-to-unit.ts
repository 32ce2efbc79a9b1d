import type { Kysely, Transaction } from 'kysely';
import type { DeliveryPurpose } from '@yuqing/common';
import type { Database, Executor } from '../../../db/database.js';
import type { DB } from '../../../db/schema.js';
import { enqueue, type ClaimedJob, type JobContext, type JobHandler } from '../jobs/index.js';
import { deliverNow } from './deliver.js';
import * as repo from './delivery.repository.js';
import { describeFailure } from './failure-text.js';
import type { DeliveryConfig, DeliveryFailure, DeliveryResult, DeliveryTarget, OutboundMessage } from './types.js';

export const DELIVERY_QUEUE = 'delivery.send';
/** The recurring sweep for sends that stopped half-way (see recoverStalled). */
export const DELIVERY_RECOVER_QUEUE = 'delivery.recover-stalled';

export interface DeliveryJobPayload {
  attemptId: number;
}

/** Tries in all: the immediate one, then the queue's retries with exponential backoff (2 s, 4 s, … ≈ 8 minutes in all). */
const MAX_TRIES = 9;
const FIRST_RETRY_MS = 2_000;
/** Far longer than one send may take (its timeout is seconds), so a send still in flight is never taken for stalled. */
const STALLED_MS = 2 * 60_000;

const outcome = (result: DeliveryResult, attempts: number, status: 'sent' | 'retrying' | 'failed') => {
  const now = new Date().toISOString();
  return {
    status,
    attempts,
    http_status: result.status ?? null,
    error_code: result.failure?.code ?? null,
    error: result.error ?? null,
    error_params: result.failure ? JSON.stringify(result.failure.params) : null,
    sent_at: result.ok ? now : null,
  };
};

async function sendOne(db: Database, target: DeliveryTarget, purpose: DeliveryPurpose, message: OutboundMessage, key: string, config: DeliveryConfig): Promise<DeliveryResult | 'already_sent'> {
  const now = new Date().toISOString();
  const claimed = await repo.claimAttempt(db, {
    target_id: target.id,
    key,
    purpose,
    title: message.title,
    text: message.text,
    link: message.link ?? null,
    status: 'sending',
    attempts: 0,
    created_at: now,
    updated_at: now,
  });
  if (!claimed) return 'already_sent';
  const result = await deliverNow(target, message, config);
  if (result.ok) {
    await repo.updateAttempt(db, claimed.id, outcome(result, 1, 'sent'));
    return result;
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateAttempt(trx, claimed.id, outcome(result, 1, 'retrying'));
    await enqueueRetry(trx, claimed.id, new Date(Date.now() + FIRST_RETRY_MS));
  });
  return result;
}

const enqueueRetry = (db: Executor, attemptId: number, runAt: Date) =>
  enqueue(db, DELIVERY_QUEUE, { attemptId } satisfies DeliveryJobPayload, { runAt, maxAttempts: MAX_TRIES - 1, singletonKey: `attempt:${attemptId}` });

/**
 * A send whose process stopped between claiming the key and recording the result (a crash, a
 * restart) would otherwise stay unsent for good: the recurring sweep hands it to the retry queue.
 */
export async function recoverStalled(db: Database, now = new Date()): Promise<number> {
  const stalled = await repo.stalledAttempts(db, new Date(now.getTime() - STALLED_MS).toISOString());
  let recovered = 0;
  for (const { id } of stalled) {
    await db.transaction().execute(async (trx) => {
      if (!(await repo.moveAttempt(trx, id, 'sending', 'retrying'))) return;
      await enqueueRetry(trx, id, now);
      recovered++;
    });
  }
  return recovered;
}

/**
 * Sends to every enabled target of the unit whose purposes include `purpose`, at most once per
 * (target, key): the attempt row's unique (target, key) decides which caller sends. Tries at once,
 * and on failure records it and enqueues a retry job (queue 'delivery.send') with backoff.
 */
export async function sendToUnit(
  db: Kysely<DB>,
  unitId: number,
  purpose: DeliveryPurpose,
  message: OutboundMessage,
  key: string,
  config: DeliveryConfig,
): Promise<{ targetId: number; result: DeliveryResult | 'already_sent' }[]> {
  const targets = await repo.enabledTargetsFor(db, unitId, purpose);
  // In parallel: one slow robot must not delay the others' alert.
  return Promise.all(targets.map(async (t) => ({ targetId: t.id, result: await sendOne(db, t, purpose, message, key, config) })));
}

/**
 * One retry of a failed send. A failure is recorded on the attempt and thrown, so the queue tries
 * again later with its backoff; the attempt turns `failed` once the job has no tries left.
 */
export async function runDeliveryJob(db: Database, job: ClaimedJob, config: DeliveryConfig, complete: JobContext['complete']): Promise<void> {
  const { attemptId } = job.payload as DeliveryJobPayload;
  const attempt = await repo.findAttempt(db, attemptId);
  if (!attempt || attempt.status === 'sent' || attempt.status === 'failed') return void (await complete(async () => undefined));
  const row = await repo.findTarget(db, attempt.target_id);
  const target = row && repo.targetOf(row);
  const tries = attempt.attempts + 1;
  if (!target?.enabled) {
    const failure: DeliveryFailure = { code: 'target_disabled', params: {} };
    const result = { ok: false, error: describeFailure(failure, 'zh-CN'), failure };
    return void (await complete((trx: Transaction<DB>) => repo.updateAttempt(trx, attemptId, outcome(result, attempt.attempts, 'failed'))));
  }
  const result = await deliverNow(target, { title: attempt.title, text: attempt.text, link: attempt.link ?? undefined }, config);
  if (result.ok) return void (await complete((trx) => repo.updateAttempt(trx, attemptId, outcome(result, tries, 'sent'))));
  await repo.updateAttempt(db, attemptId, outcome(result, tries, job.attempts >= job.maxAttempts ? 'failed' : 'retrying'));
  throw new Error(result.error);
}

/** The handler the worker runs for DELIVERY_QUEUE. */
export const deliveryJobHandler =
  (db: Database, config: DeliveryConfig): JobHandler =>
  (job, ctx) =>
    runDeliveryJob(db, job, config, ctx.complete);
