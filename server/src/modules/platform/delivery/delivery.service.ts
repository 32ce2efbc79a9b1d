import crypto from 'node:crypto';
import type { DeliveryTargetInput } from '@yuqing/common';
import { bareHost, isInternalHostName, isNonPublicAddress } from '../../../core/addresses.js';
import { inScope, transact, type Ctx } from '../../../core/context.js';
import { AppError, badRequest, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../audit.service.js';
import { deliverNow } from './deliver.js';
import * as repo from './delivery.repository.js';
import { auditedTarget, presentAttempt, presentRecentAttempt, presentTarget } from './delivery.presenter.js';
import { describeFailure } from './failure-text.js';
import type { DeliveryConfig, DeliveryTarget } from './types.js';

export type TargetPatch = Partial<Omit<DeliveryTargetInput, 'unitId'>>;

const isAdmin = (ctx: Ctx) => ctx.actor === null || ctx.actor.roles.includes('admin');

export async function targetInScope(ctx: Ctx, id: number) {
  const row = await repo.findTarget(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('delivery_target');
  return row;
}

/** The rules a whole target must meet, checked on the merged result of an edit so a partial edit cannot break it. */
function checkTarget(t: Omit<DeliveryTarget, 'id' | 'unitId'>): void {
  if (t.kind === 'email') {
    if (t.recipients.length === 0) throw badRequest('delivery_field_needed', { field: 'recipients' }, 'recipients');
    return;
  }
  if (!t.url) throw badRequest('delivery_field_needed', { field: 'url' }, 'url');
  if (t.kind === 'webhook' && !t.secret) throw badRequest('delivery_field_needed', { field: 'secret' }, 'secret');
  // Caught here for a clear answer while editing; the sender checks again, also names that resolve inside.
  const host = bareHost(new URL(t.url).hostname);
  if (!t.internal && (isNonPublicAddress(host) || isInternalHostName(host))) throw badRequest('delivery_private_url', { host }, 'url');
}

/** Marking a target internal lets Yuqing post into the intranet, so only an administrator may, or may re-point one. */
function checkInternal(ctx: Ctx, before: DeliveryTarget | null, after: { internal: boolean; url: string | null }): void {
  if (isAdmin(ctx)) return;
  const wasInternal = before?.internal ?? false;
  if (after.internal !== wasInternal || (wasInternal && after.url !== before?.url)) throw new AppError(403, 'delivery_internal_admin_only', {}, 'internal');
}

function columns(t: Omit<DeliveryTarget, 'id' | 'unitId'>) {
  return {
    name: t.name.trim(),
    kind: t.kind,
    url: t.kind === 'email' ? null : t.url,
    secret: t.kind === 'email' ? null : t.secret,
    recipients: JSON.stringify(t.kind === 'email' ? [...new Set(t.recipients)] : []),
    purposes: JSON.stringify([...new Set(t.purposes)]),
    enabled: t.enabled ? 1 : 0,
    internal: t.internal ? 1 : 0,
  };
}

export async function listTargets(ctx: Ctx, filter: { unitId?: number }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  const rows = await repo.listTargets(ctx.db, scopePrefix(ctx), filter.unitId);
  const last = await repo.lastAttempts(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => presentTarget(r, last.get(r.id), ctx.locale));
}

export async function getTarget(ctx: Ctx, id: number) {
  const row = await targetInScope(ctx, id);
  const last = await repo.lastAttempts(ctx.db, [id]);
  return presentTarget(row, last.get(id), ctx.locale);
}

export async function createTarget(ctx: Ctx, input: DeliveryTargetInput): Promise<number> {
  await unitInScope(ctx, input.unitId);
  const t = { name: input.name, kind: input.kind, url: input.url ?? null, secret: input.secret ?? null, recipients: input.recipients ?? [], purposes: input.purposes, enabled: input.enabled ?? true, internal: input.internal ?? false };
  checkInternal(ctx, null, t);
  checkTarget(t);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const { id } = await repo.insertTarget(tx.db, { ...columns(t), unit_id: input.unitId, created_at: now, updated_at: now });
    const row = await targetInScope(tx, id);
    await recordAudit(tx, { action: 'delivery.target.create', objectType: 'delivery_target', objectId: id, unitId: input.unitId, after: auditedTarget(row) });
    return id;
  });
}

/** `url` and `secret` left out keep what is stored (the screen only ever sees them masked); null clears the secret. */
export async function updateTarget(ctx: Ctx, id: number, patch: TargetPatch): Promise<void> {
  const beforeRow = await targetInScope(ctx, id);
  const before = repo.targetOf(beforeRow);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as TargetPatch;
  const after = { ...before, ...defined, url: defined.url === undefined ? before.url : defined.url, secret: defined.secret === undefined ? before.secret : defined.secret };
  checkInternal(ctx, before, after);
  checkTarget(after);
  await transact(ctx, async (tx) => {
    await repo.updateTarget(tx.db, id, columns(after));
    const afterRow = await targetInScope(tx, id);
    await recordAudit(tx, { action: 'delivery.target.update', objectType: 'delivery_target', objectId: id, unitId: before.unitId, before: auditedTarget(beforeRow), after: auditedTarget(afterRow) });
  });
}

export async function deleteTarget(ctx: Ctx, id: number): Promise<void> {
  const row = await targetInScope(ctx, id);
  if (row.internal === 1 && !isAdmin(ctx)) throw new AppError(403, 'delivery_internal_admin_only', {}, 'internal');
  await transact(ctx, async (tx) => {
    await repo.deleteTarget(tx.db, id);
    await recordAudit(tx, { action: 'delivery.target.delete', objectType: 'delivery_target', objectId: id, unitId: row.unit_id, before: auditedTarget(row) });
  });
}

/** Sends a test message now and records it as an attempt, so the list shows the target's last result. */
export async function sendTest(ctx: Ctx, id: number, config: DeliveryConfig) {
  const row = await targetInScope(ctx, id);
  const sender = ctx.actor ? `${ctx.actor.displayName}（${ctx.actor.username}）` : '系统';
  const message = {
    title: `舆情系统测试消息：${row.name}`,
    text: `这是一条测试消息，用于确认「${row.name}」能收到舆情系统的预警、处置与日报通知。发送人：${sender}。`,
    link: '/system/delivery',
  };
  const result = await deliverNow(repo.targetOf(row), message, config);
  const now = new Date().toISOString();
  const attempt = await transact(ctx, async (tx) => {
    const claimed = await repo.claimAttempt(tx.db, {
      target_id: id,
      key: `test:${now}:${crypto.randomBytes(4).toString('hex')}`,
      purpose: 'test',
      title: message.title,
      text: message.text,
      link: message.link,
      status: result.ok ? 'sent' : 'failed',
      attempts: 1,
      http_status: result.status ?? null,
      error_code: result.failure?.code ?? null,
      error: result.error ?? null,
      error_params: result.failure ? JSON.stringify(result.failure.params) : null,
      created_at: now,
      updated_at: now,
      sent_at: result.ok ? now : null,
    });
    await recordAudit(tx, { action: 'delivery.test', objectType: 'delivery_target', objectId: id, unitId: row.unit_id, after: { ok: result.ok, status: result.status ?? null, error: result.error ?? null } });
    return repo.findAttempt(tx.db, claimed!.id);
  });
  return {
    ok: result.ok,
    status: result.status ?? null,
    error: result.failure ? describeFailure(result.failure, ctx.locale) : null,
    attempt: presentAttempt(attempt!, ctx.locale),
  };
}

export async function recentAttempts(ctx: Ctx, filter: { unitId?: number; targetId?: number; limit?: number }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  if (filter.targetId !== undefined) await targetInScope(ctx, filter.targetId);
  const rows = await repo.recentAttempts(ctx.db, scopePrefix(ctx), { ...filter, limit: filter.limit ?? 50 });
  return rows.map((r) => presentRecentAttempt(r, ctx.locale));
}
