import { permissionsOf, type Locale, type Role } from '@yuqing/common';
import { inScope, systemCtx, transact, type Ctx } from '../../core/context.js';
import { badRequest, conflict, outOfScope } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { recordAudit } from './audit.service.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { revokeUserSessions } from './session.service.js';

function accountQuery(db: Executor) {
  return db
    .selectFrom('app_user')
    .innerJoin('unit', 'unit.id', 'app_user.unit_id')
    .select([
      'app_user.id',
      'app_user.username',
      'app_user.display_name',
      'app_user.unit_id',
      'unit.name as unit_name',
      'unit.path as unit_path',
      'app_user.person_id',
      'app_user.locale',
      'app_user.disabled',
      'app_user.locked_until',
      'app_user.last_login_at',
      'app_user.is_demo',
    ]);
}

async function withRoles<T extends { id: number }>(db: Executor, rows: T[]): Promise<(T & { roles: Role[] })[]> {
  if (rows.length === 0) return [];
  const roles = await db.selectFrom('user_role').select(['user_id', 'role']).where('user_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.user_id === r.id).map((x) => x.role as Role) }));
}

type AccountRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accountQuery>['executeTakeFirst']>>>;
export type AccountView = AccountRow & { roles: Role[] };

export async function accountInScope(ctx: Ctx, id: number): Promise<AccountView> {
  const row = await accountQuery(ctx.db).where('app_user.id', '=', id).executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('account');
  return (await withRoles(ctx.db, [row]))[0];
}

export async function listAccounts(ctx: Ctx, q: { unitId?: number; includeSubunits?: boolean }) {
  let query = accountQuery(ctx.db).where('unit.path', 'like', `${ctx.actor?.unitPath ?? '/'}%`).orderBy('app_user.id');
  if (q.unitId !== undefined) {
    const unit = await ctx.db.selectFrom('unit').select(['id', 'path']).where('id', '=', q.unitId).executeTakeFirst();
    if (!unit || !inScope(ctx.actor, unit.path)) throw outOfScope('unit');
    query = q.includeSubunits ? query.where('unit.path', 'like', `${unit.path}%`) : query.where('app_user.unit_id', '=', q.unitId);
  }
  return withRoles(ctx.db, await query.execute());
}

export interface AccountInput {
  username: string;
  password: string;
  displayName: string;
  unitId: number;
  personId?: number | null;
  roles: Role[];
}

async function checkPerson(ctx: Ctx, personId: number | null | undefined, unitId: number) {
  if (personId == null) return;
  const p = await ctx.db.selectFrom('person').select(['id', 'unit_id']).where('id', '=', personId).executeTakeFirst();
  if (!p || p.unit_id !== unitId) throw badRequest('person_other_unit', {}, 'personId');
}

export async function createAccount(ctx: Ctx, input: AccountInput, opts: { isDemo?: boolean } = {}): Promise<AccountView> {
  const unit = await ctx.db.selectFrom('unit').select(['id', 'path']).where('id', '=', input.unitId).executeTakeFirst();
  if (!unit || !inScope(ctx.actor, unit.path)) throw outOfScope('unit');
  await checkPerson(ctx, input.personId, input.unitId);
  const username = input.username.trim().toLowerCase();
  assertStrongPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  return transact(ctx, async (tx) => {
    const dup = await tx.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
    if (dup) throw conflict('duplicate', { object: 'account', value: username }, 'username');
    const now = new Date().toISOString();
    const row = await tx.db
      .insertInto('app_user')
      .values({
        username,
        password_hash: passwordHash,
        unit_id: input.unitId,
        person_id: input.personId ?? null,
        display_name: input.displayName.trim(),
        locale: 'zh-CN',
        disabled: 0,
        failed_logins: 0,
        locked_until: null,
        password_changed_at: now,
        last_login_at: null,
        is_demo: opts.isDemo ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const roles = [...new Set(input.roles)];
    if (roles.length) await tx.db.insertInto('user_role').values(roles.map((role) => ({ user_id: row.id, role }))).execute();
    await recordAudit(tx, { action: 'account.create', objectType: 'account', objectId: row.id, unitId: input.unitId, after: { username, roles, unitId: input.unitId } });
    return accountInScope(tx, row.id);
  });
}

export interface AccountUpdate {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  password?: string;
  unlock?: boolean;
  personId?: number | null;
}

async function adminCount(db: Executor, exceptUserId: number) {
  const r = await db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_role.role', '=', 'admin')
    .where('app_user.disabled', '=', 0)
    .where('app_user.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function updateAccount(ctx: Ctx, id: number, input: AccountUpdate): Promise<AccountView> {
  const before = await accountInScope(ctx, id);
  if (input.personId !== undefined) await checkPerson(ctx, input.personId, before.unit_id);
  if (input.password !== undefined) assertStrongPassword(input.password, 'password');
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  return transact(ctx, async (tx) => {
    const losesAdmin = before.roles.includes('admin') && ((input.roles && !input.roles.includes('admin')) || input.disabled === true);
    if (losesAdmin && (await adminCount(tx.db, id)) === 0) throw conflict('last_admin', {}, input.roles ? 'roles' : 'disabled');
    const now = new Date().toISOString();
    await tx.db
      .updateTable('app_user')
      .set({
        display_name: input.displayName?.trim(),
        disabled: input.disabled === undefined ? undefined : input.disabled ? 1 : 0,
        person_id: input.personId,
        ...(passwordHash ? { password_hash: passwordHash, password_changed_at: now } : {}),
        ...(input.unlock ? { locked_until: null, failed_logins: 0 } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    if (input.roles) {
      await tx.db.deleteFrom('user_role').where('user_id', '=', id).execute();
      const roles = [...new Set(input.roles)];
      if (roles.length) await tx.db.insertInto('user_role').values(roles.map((role) => ({ user_id: id, role }))).execute();
    }
    // A reset password or a disabled account must not keep working sessions.
    if (passwordHash || input.disabled) await revokeUserSessions(tx.db, id);
    const after = await accountInScope(tx, id);
    await recordAudit(tx, {
      action: 'account.update',
      objectType: 'account',
      objectId: id,
      unitId: before.unit_id,
      before: { displayName: before.display_name, roles: before.roles, disabled: before.disabled, personId: before.person_id },
      after: { displayName: after.display_name, roles: after.roles, disabled: after.disabled, personId: after.person_id, passwordReset: !!passwordHash, unlocked: !!input.unlock },
    });
    return after;
  });
}

export async function setLocale(ctx: Ctx, locale: Locale): Promise<void> {
  await transact(ctx, async (tx) => {
    await tx.db.updateTable('app_user').set({ locale, updated_at: new Date().toISOString() }).where('id', '=', ctx.actor!.userId).execute();
    await recordAudit(tx, { action: 'account.locale', objectType: 'account', objectId: ctx.actor!.userId, unitId: ctx.actor!.unitId, after: { locale } });
  });
}

/** The signed-in account as the web app needs it: roles, permissions and scope. */
export async function describeMe(db: Executor, userId: number) {
  const account = await accountInScope(systemCtx(db), userId);
  const unit = await db.selectFrom('unit').select(['id', 'name', 'kind', 'path']).where('id', '=', account.unit_id).executeTakeFirstOrThrow();
  const scopeCount = await db.selectFrom('unit').select((eb) => eb.fn.countAll<number>().as('n')).where('path', 'like', `${unit.path}%`).executeTakeFirstOrThrow();
  const demo = await db.selectFrom('unit').select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst();
  return {
    id: account.id,
    username: account.username,
    displayName: account.display_name,
    locale: account.locale,
    roles: account.roles,
    permissions: permissionsOf(account.roles),
    unit,
    scope: { unitId: unit.id, unitName: unit.name, unitCount: Number(scopeCount.n) },
    personId: account.person_id,
    demo: !!demo,
  };
}
