import crypto from 'node:crypto';
import type { Role } from '@yuqing/common';
import type { Actor } from '../../core/context.js';
import type { Executor } from '../../db/database.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Executor,
  userId: number,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3600_000).toISOString();
  await db
    .insertInto('session')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

export type SessionLookup = { actor: Actor; hash: string } | { expired: true } | null;

/** Touching last_seen_at on every request would make each read a write; once a minute is precise enough for idle timeouts. */
const TOUCH_EVERY_MS = 60_000;

export async function resolveSession(db: Executor, token: string, policy: SessionPolicy): Promise<SessionLookup> {
  const hash = hashToken(token);
  const row = await db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .innerJoin('unit', 'unit.id', 'app_user.unit_id')
    .select([
      'session.last_seen_at',
      'session.expires_at',
      'session.revoked_at',
      'app_user.id as user_id',
      'app_user.username',
      'app_user.display_name',
      'app_user.unit_id',
      'app_user.person_id',
      'app_user.disabled',
      'unit.path as unit_path',
    ])
    .where('session.id_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled) return null;
  const now = Date.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + policy.idleMinutes * 60_000;
  if (now > idleLimit || now > new Date(row.expires_at).getTime()) return { expired: true };
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('session').set({ last_seen_at: new Date(now).toISOString() }).where('id_hash', '=', hash).execute();
  }
  const roles = await db.selectFrom('user_role').select('role').where('user_id', '=', row.user_id).execute();
  return {
    hash,
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      unitId: row.unit_id,
      unitPath: row.unit_path,
      personId: row.person_id,
      roles: roles.map((r) => r.role as Role),
    },
  };
}

export async function revokeSession(db: Executor, hash: string): Promise<void> {
  await db.updateTable('session').set({ revoked_at: new Date().toISOString() }).where('id_hash', '=', hash).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(db: Executor, userId: number, exceptHash?: string): Promise<number> {
  let q = db.updateTable('session').set({ revoked_at: new Date().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptHash) q = q.where('id_hash', '!=', exceptHash);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function listUserSessions(db: Executor, userId: number) {
  return db
    .selectFrom('session')
    .select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date().toISOString())
    .orderBy('last_seen_at', 'desc')
    .execute();
}
