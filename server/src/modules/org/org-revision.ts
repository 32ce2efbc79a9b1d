import crypto from 'node:crypto';
import { transact, type Ctx } from '../../core/context.js';
import type { Executor } from '../../db/database.js';

const KEY = 'org.revision';

/**
 * A token that changes with every write to units, departments or people. It lives in the
 * database, so every server process sharing a PostgreSQL database sees another's change.
 */
export async function orgRevision(db: Executor): Promise<string> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst();
  return row?.value ?? 'initial';
}

async function bump(db: Executor): Promise<void> {
  const value = crypto.randomBytes(8).toString('hex');
  const updated_at = new Date().toISOString();
  await db
    .insertInto('setting')
    .values({ key: KEY, value, updated_at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at }))
    .execute();
}

/** A transaction that changes the org tree: its commit also moves the revision on. */
export function orgWrite<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return transact(ctx, async (tx) => {
    const out = await fn(tx);
    await bump(tx.db);
    return out;
  });
}
