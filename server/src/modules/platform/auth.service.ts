import { formatDateTime, LIMITS } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { recordAudit } from './audit.service.js';
import { assertStrongPassword, burnVerify, hashPassword, verifyPassword } from './password.js';
import { createSession, revokeUserSessions, type SessionPolicy } from './session.service.js';

export interface LoginInput {
  username: string;
  password: string;
  userAgent: string | null;
}

export async function login(ctx: Ctx, input: LoginInput, policy: SessionPolicy): Promise<{ token: string; expiresAt: string; userId: number }> {
  const username = input.username.trim().toLowerCase();
  const user = await ctx.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user) {
    await burnVerify(input.password);
    throw new AppError(401, 'bad_credentials');
  }
  const now = new Date();
  if (user.locked_until && new Date(user.locked_until) > now) {
    throw new AppError(423, 'locked', { until: formatDateTime(user.locked_until) });
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= LIMITS.loginMaxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + LIMITS.lockoutMinutes * 60_000).toISOString() : null;
    await transact(ctx, async (tx) => {
      await tx.db
        .updateTable('app_user')
        .set({ failed_logins: lock ? 0 : failures, locked_until: lockedUntil, updated_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(tx, {
        action: lock ? 'account.lock' : 'auth.login_failed',
        objectType: 'account',
        objectId: user.id,
        unitId: user.unit_id,
        after: { username, failures, lockedUntil },
      });
    });
    if (lockedUntil) throw new AppError(423, 'locked', { until: formatDateTime(lockedUntil) });
    throw new AppError(401, 'bad_credentials');
  }
  if (user.disabled) throw new AppError(403, 'account_disabled');
  return transact(ctx, async (tx) => {
    await tx.db
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(tx.db, user.id, policy, { ip: ctx.ip, userAgent: input.userAgent });
    await recordAudit(tx, {
      action: 'auth.login',
      objectType: 'account',
      objectId: user.id,
      unitId: user.unit_id,
      actor: { id: user.id, name: `${user.display_name} (${username})` },
    });
    return { ...session, userId: user.id };
  });
}

export async function changePassword(ctx: Ctx, current: string, next: string, keepSessionHash: string | null): Promise<void> {
  const actor = ctx.actor!;
  const user = await ctx.db.selectFrom('app_user').select(['password_hash', 'unit_id']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) throw new AppError(400, 'wrong_current_password', {}, 'currentPassword');
  assertStrongPassword(next);
  const hashed = await hashPassword(next);
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await tx.db.updateTable('app_user').set({ password_hash: hashed, password_changed_at: now, updated_at: now }).where('id', '=', actor.userId).execute();
    // Other devices signed in with the old password lose their sessions.
    const revoked = await revokeUserSessions(tx.db, actor.userId, keepSessionHash ?? undefined);
    await recordAudit(tx, { action: 'account.password_change', objectType: 'account', objectId: actor.userId, unitId: user.unit_id, after: { revokedSessions: revoked } });
  });
}
