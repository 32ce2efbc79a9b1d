import type { Locale, Role } from '@yuqing/common';
import type { Executor } from '../db/database.js';

/** Who is acting. `unitPath` is the materialised path of the account's unit: its scope is that subtree. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  unitId: number;
  unitPath: string;
  personId: number | null;
  roles: Role[];
}

/** What every service function receives: a database (or transaction), the actor, and request facts for the audit log. */
export interface Ctx {
  db: Executor;
  actor: Actor | null;
  ip: string | null;
  locale: Locale;
}

export function systemCtx(db: Executor, locale: Locale = 'zh-CN'): Ctx {
  return { db, actor: null, ip: null, locale };
}

export function inScope(actor: Actor | null, unitPath: string): boolean {
  return actor === null || unitPath.startsWith(actor.unitPath);
}

/** Runs fn in a transaction, or in the caller's transaction when there already is one. */
export async function transact<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
