import { inScope, transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import * as repo from './alert.repository.js';

export interface AlertSettingsInput {
  quietStart: string | null;
  quietEnd: string | null;
  digestTime: string | null;
}

export interface WatchPeriodInput {
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function listAlerts(ctx: Ctx, filter: { unitId?: number; afterId?: number; limit?: number }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  return repo.listAlerts(ctx.db, scopePrefix(ctx), { ...filter, limit: filter.limit ?? 50 });
}

/** The settings in force for the unit (its own or the nearest ancestor's) and the watch periods that concern it. */
export async function alertSettings(ctx: Ctx, unitId: number) {
  const unit = await unitInScope(ctx, unitId);
  const s = await repo.settingsFor(ctx.db, unit.path);
  const periods = await repo.watchPeriodsFor(ctx.db, unit.path, '0000-00-00');
  return {
    unitId,
    quietStart: s?.quiet_start ?? null,
    quietEnd: s?.quiet_end ?? null,
    digestTime: s?.digest_time ?? null,
    inheritedFrom: s && s.unit_id !== unitId ? s.unit_id : null,
    watchPeriods: periods.map((p) => ({ id: p.id, unitId: p.unit_id, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on, inherited: p.unit_id !== unitId })),
  };
}

export async function setAlertSettings(ctx: Ctx, unitId: number, input: AlertSettingsInput) {
  const unit = await unitInScope(ctx, unitId);
  const before = await repo.settingsFor(ctx.db, unit.path);
  await transact(ctx, async (tx) => {
    await repo.upsertSettings(tx.db, unitId, { quiet_start: input.quietStart, quiet_end: input.quietEnd, digest_time: input.digestTime });
    await recordAudit(tx, { action: 'alert.settings', objectType: 'unit', objectId: unitId, unitId, before: before ?? null, after: input });
  });
}

const checkOrder = (p: WatchPeriodInput) => {
  if (p.endsOn < p.startsOn) throw badRequest('period_order', {}, 'endsOn');
};

export async function watchPeriodInScope(ctx: Ctx, id: number) {
  const row = await repo.findWatchPeriod(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('watch_period');
  return row;
}

export async function createWatchPeriod(ctx: Ctx, unitId: number, input: WatchPeriodInput, opts: { isDemo?: boolean } = {}) {
  await unitInScope(ctx, unitId);
  checkOrder(input);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const { id } = await tx.db
      .insertInto('watch_period')
      .values({ unit_id: unitId, name: input.name.trim(), starts_on: input.startsOn, ends_on: input.endsOn, is_demo: opts.isDemo ? 1 : 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'watch_period.create', objectType: 'watch_period', objectId: id, unitId, after: input });
    return id;
  });
}

export async function updateWatchPeriod(ctx: Ctx, id: number, input: WatchPeriodInput) {
  const before = await watchPeriodInScope(ctx, id);
  checkOrder(input);
  await transact(ctx, async (tx) => {
    await tx.db.updateTable('watch_period').set({ name: input.name.trim(), starts_on: input.startsOn, ends_on: input.endsOn, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
    await recordAudit(tx, { action: 'watch_period.update', objectType: 'watch_period', objectId: id, unitId: before.unit_id, before: { name: before.name, startsOn: before.starts_on, endsOn: before.ends_on }, after: input });
  });
}

export async function deleteWatchPeriod(ctx: Ctx, id: number) {
  const before = await watchPeriodInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await tx.db.deleteFrom('watch_period').where('id', '=', id).execute();
    await recordAudit(tx, { action: 'watch_period.delete', objectType: 'watch_period', objectId: id, unitId: before.unit_id, before: { name: before.name, startsOn: before.starts_on, endsOn: before.ends_on } });
  });
}
