import type { UnitKind } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { createAccount } from './account.service.js';
import { recordAudit } from './audit.service.js';

export async function setupNeeded(db: Executor): Promise<boolean> {
  const any = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  return !any;
}

export interface SetupInput {
  unitName: string;
  unitKind: UnitKind;
  username: string;
  password: string;
  displayName: string;
}

/** First run without demo data: the top unit and its first administrator, once. */
export async function setupFirstAdmin(ctx: Ctx, input: SetupInput) {
  return transact(ctx, async (tx) => {
    if (!(await setupNeeded(tx.db))) throw conflict('setup_done');
    const now = new Date().toISOString();
    const unit = await tx.db
      .insertInto('unit')
      .values({ parent_id: null, path: '/', name: input.unitName.trim(), kind: input.unitKind, code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db.updateTable('unit').set({ path: `/${unit.id}/` }).where('id', '=', unit.id).execute();
    await recordAudit(tx, { action: 'unit.create', objectType: 'unit', objectId: unit.id, unitId: unit.id, after: { name: input.unitName, kind: input.unitKind } });
    return createAccount(tx, { username: input.username, password: input.password, displayName: input.displayName, unitId: unit.id, roles: ['admin'] });
  });
}
