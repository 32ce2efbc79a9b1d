import crypto from 'node:crypto';
import type { Ctx } from '../../core/context.js';
import type { Executor } from '../../db/database.js';
import type { AuditLog } from '../../db/schema.js';
import * as repo from './audit.repository.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
  /** For actions taken before a session exists (a login): who acted. */
  actor?: { id: number; name: string };
}

/** The hashed fields, in a fixed order, so a changed value, a reordered row or a deleted row breaks the chain. */
export function auditHash(prevHash: string, row: Omit<AuditLog, 'id' | 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([
    row.at,
    row.actor_id,
    row.actor_name,
    row.action,
    row.object_type,
    row.object_id,
    row.unit_id,
    row.summary,
    row.ip,
  ]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Must run inside the transaction of the change it records, so that the two commit or fail together. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await repo.lockChain(ctx.db);
  const prev = (await repo.lastHash(ctx.db)) ?? GENESIS_HASH;
  const who = entry.actor ?? (ctx.actor ? { id: ctx.actor.userId, name: `${ctx.actor.displayName} (${ctx.actor.username})` } : null);
  const row = {
    at: new Date().toISOString(),
    actor_id: who?.id ?? null,
    actor_name: who?.name ?? null,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId == null ? null : String(entry.objectId),
    unit_id: entry.unitId ?? null,
    summary: JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }),
    ip: ctx.ip,
  };
  await repo.insertAudit(ctx.db, { ...row, prev_hash: prev, hash: auditHash(prev, row) });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first entry whose stored hash or link does not match. */
  brokenAt?: { id: number; reason: 'hash' | 'link' };
}

export async function verifyAudit(db: Executor): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let checked = 0;
  for await (const row of repo.iterateAudit(db)) {
    checked++;
    if (row.prev_hash !== prev) return { ok: false, checked, brokenAt: { id: row.id, reason: 'link' } };
    if (auditHash(prev, row) !== row.hash) return { ok: false, checked, brokenAt: { id: row.id, reason: 'hash' } };
    prev = row.hash;
  }
  return { ok: true, checked };
}

/** Keeps the summary small and free of secrets: only the named fields of an object go into the log. */
export function pick<T extends object, K extends keyof T>(obj: T | null | undefined, keys: readonly K[]): Partial<T> | null {
  if (!obj) return null;
  const out: Partial<T> = {};
  for (const k of keys) out[k] = obj[k];
  return out;
}
