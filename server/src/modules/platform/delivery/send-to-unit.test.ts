import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryPurpose } from '@yuqing/common';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { JobWorker, type JobContext } from '../jobs/index.js';
import * as repo from './delivery.repository.js';
import { DELIVERY_QUEUE, deliveryJobHandler, recoverStalled, runDeliveryJob, sendToUnit } from './send-to-unit.js';
import { startHttpReceiver, type HttpReceiver } from './test-receivers.js';
import type { DeliveryConfig } from './types.js';

const config: DeliveryConfig = { smtp: null, timeoutMs: 2000 };
const alert = { title: '新事件：灞桥街道拆迁投诉', text: '较大（III级）', link: '/events/1' };

describe.each(DIALECTS)('sendToUnit on %s', (dialect) => {
  let db: TestDatabase;
  let http: HttpReceiver;
  let unitId: number;

  async function target(name: string, purposes: DeliveryPurpose[], enabled = true): Promise<number> {
    const now = new Date().toISOString();
    const row = await repo.insertTarget(db.db, {
      unit_id: unitId,
      name,
      kind: 'wecom',
      url: `${http.base}/${encodeURIComponent(name)}`,
      secret: null,
      recipients: '[]',
      purposes: JSON.stringify(purposes),
      enabled: enabled ? 1 : 0,
      internal: 1,
      created_at: now,
      updated_at: now,
    });
    return row.id;
  }
  const attemptsOf = (targetId: number) => db.db.selectFrom('delivery_attempt').selectAll().where('target_id', '=', targetId).execute();
  const hitsOn = (name: string) => http.received.filter((r) => r.url.pathname === `/${encodeURIComponent(name)}`).length;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    http = await startHttpReceiver();
    const now = new Date().toISOString();
    const unit = await db.db.insertInto('unit').values({ name: '测试街道', kind: 'street_office', parent_id: null, path: '/', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    unitId = unit.id;
    await db.db.updateTable('unit').set({ path: `/${unitId}/` }).where('id', '=', unitId).execute();
  });
  afterAll(async () => {
    await http.close();
    await db.drop();
  });
  afterEach(async () => {
    await db.db.deleteFrom('delivery_target').execute();
    await db.db.deleteFrom('job').execute();
    http.received.length = 0;
    http.answers.length = 0;
  });

  it('sends to the enabled targets of that purpose, once per key', async () => {
    const duty = await target('值班群', ['alert', 'incident']);
    await target('日报邮箱群', ['digest']);
    await target('停用群', ['alert'], false);
    const first = await sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:1:grade:3', config);
    expect(first).toEqual([{ targetId: duty, result: { ok: true, status: 200 } }]);
    expect(await sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:1:grade:3', config)).toEqual([{ targetId: duty, result: 'already_sent' }]);
    // Two callers at once with a new key: the unique (target, key) lets exactly one send.
    const racing = await Promise.all([1, 2, 3].map(() => sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:1:grade:2', config)));
    expect(racing.flat().filter((r) => r.result !== 'already_sent')).toHaveLength(1);
    expect(hitsOn('值班群')).toBe(2);
    expect(hitsOn('日报邮箱群') + hitsOn('停用群')).toBe(0);
    expect((await attemptsOf(duty)).map((a) => [a.key, a.status, a.attempts])).toEqual([
      ['alert:event:1:grade:3', 'sent', 1],
      ['alert:event:1:grade:2', 'sent', 1],
    ]);
  });

  it('retries a failed send through the job queue until the server takes it', async () => {
    const duty = await target('值班群', ['alert']);
    http.answers.push({ status: 502, body: 'bad gateway' }, { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } });
    const [{ result }] = await sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:2:grade:3', config);
    expect(result).toMatchObject({ ok: false, status: 502, failure: { code: 'http_status' } });
    const [attempt] = await attemptsOf(duty);
    expect(attempt).toMatchObject({ status: 'retrying', attempts: 1, http_status: 502, error_code: 'http_status' });
    const job = await db.db.selectFrom('job').selectAll().where('queue', '=', DELIVERY_QUEUE).executeTakeFirstOrThrow();
    expect(JSON.parse(job.payload)).toEqual({ attemptId: attempt.id });
    expect(Date.parse(job.run_at)).toBeGreaterThan(Date.now());

    // The clock moves on: the retry is due. The worker runs the same handler as jobs.ts registers.
    await db.db.updateTable('job').set({ run_at: new Date().toISOString() }).execute();
    const worker = new JobWorker({ db: db.db, handlers: { [DELIVERY_QUEUE]: deliveryJobHandler(db.db, config) }, pollMs: 20 });
    worker.start();
    try {
      for (let i = 0; i < 200; i++) {
        const [now] = await attemptsOf(duty);
        if (now.status === 'retrying' && now.attempts === 2) await db.db.updateTable('job').set({ run_at: new Date().toISOString() }).where('status', '=', 'queued').execute();
        if (now.status === 'sent') break;
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await worker.stop();
    }
    const [sent] = await attemptsOf(duty);
    expect(sent).toMatchObject({ status: 'sent', attempts: 3, error_code: null });
    expect(sent.sent_at).not.toBeNull();
    expect(hitsOn('值班群')).toBe(3);
    expect(await db.db.selectFrom('job').select(['status', 'attempts']).execute()).toEqual([{ status: 'done', attempts: 2 }]);
    // The message retried is the one first sent.
    expect(new Set(http.received.map((r) => r.body)).size).toBe(1);
  });

  it('marks the attempt failed once the last try fails, and stops for a disabled target', async () => {
    const duty = await target('值班群', ['alert']);
    http.fallback = { status: 500, body: 'down' };
    try {
      await sendToUnit(db.db, unitId, 'incident', alert, 'none-for-incident', config);
      await sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:3:grade:2', config);
      const [attempt] = await attemptsOf(duty);
      const complete: JobContext['complete'] = (effect) => db.db.transaction().execute(effect);
      const lastTry = { id: 0, queue: DELIVERY_QUEUE, payload: { attemptId: attempt.id }, attempts: 8, maxAttempts: 8 };
      await expect(runDeliveryJob(db.db, lastTry, config, complete)).rejects.toThrow('对方答复 HTTP 500：down');
      expect((await attemptsOf(duty))[0]).toMatchObject({ status: 'failed', attempts: 2 });

      await sendToUnit(db.db, unitId, 'alert', alert, 'alert:event:4:grade:2', config);
      await db.db.updateTable('delivery_target').set({ enabled: 0 }).execute();
      const pending = (await attemptsOf(duty)).find((a) => a.key === 'alert:event:4:grade:2')!;
      await runDeliveryJob(db.db, { ...lastTry, payload: { attemptId: pending.id }, attempts: 1 }, config, complete);
      expect((await attemptsOf(duty)).find((a) => a.id === pending.id)).toMatchObject({ status: 'failed', error_code: 'target_disabled' });
      expect(hitsOn('值班群')).toBe(3);
    } finally {
      http.fallback = { status: 200, body: { errcode: 0, errmsg: 'ok' } };
    }
  });

  it('hands a send that stopped between claim and result to the retry queue, and only an old one', async () => {
    const duty = await target('值班群', ['alert']);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const claimed = (key: string, minutesAgo: number) =>
      repo.claimAttempt(db.db, { target_id: duty, key, purpose: 'alert', title: alert.title, text: alert.text, link: null, status: 'sending', attempts: 0, created_at: at(minutesAgo), updated_at: at(minutesAgo) });
    const crashed = (await claimed('alert:event:5:grade:2', 10))!;
    await claimed('alert:event:6:grade:2', 0);
    expect(await recoverStalled(db.db)).toBe(1);
    expect(await recoverStalled(db.db)).toBe(0);
    const job = await db.db.selectFrom('job').selectAll().where('queue', '=', DELIVERY_QUEUE).executeTakeFirstOrThrow();
    expect(JSON.parse(job.payload)).toEqual({ attemptId: crashed.id });
    const complete: JobContext['complete'] = (effect) => db.db.transaction().execute(effect);
    await runDeliveryJob(db.db, { id: job.id, queue: DELIVERY_QUEUE, payload: JSON.parse(job.payload), attempts: 1, maxAttempts: job.max_attempts }, config, complete);
    expect((await attemptsOf(duty)).map((a) => [a.key, a.status])).toEqual([
      ['alert:event:5:grade:2', 'sent'],
      ['alert:event:6:grade:2', 'sending'],
    ]);
    expect(hitsOn('值班群')).toBe(1);
  });
});
