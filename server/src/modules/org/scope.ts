import { inScope, type Ctx } from '../../core/context.js';
import { outOfScope } from '../../core/errors.js';
import type { Unit } from '../../db/schema.js';
import { findUnit } from './unit.repository.js';

/** Every org lookup by id goes through here: missing and out of scope answer the same 403. */
export async function unitInScope(ctx: Ctx, unitId: number): Promise<Unit> {
  const unit = await findUnit(ctx.db, unitId);
  if (!unit || !inScope(ctx.actor, unit.path)) throw outOfScope('unit');
  return unit;
}

export function scopePrefix(ctx: Ctx): string {
  return ctx.actor?.unitPath ?? '/';
}
