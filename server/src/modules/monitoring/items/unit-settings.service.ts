import { transact, type Ctx } from '../../../core/context.js';
import { unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { DEFAULT_RETENTION_DAYS, retentionKey } from './retention.js';
import { dictionaryKey, unitDictionary } from './unit-dictionary.js';

/** A unit's monitoring settings: its retention period and its segmenter's place and unit names. */
export interface MonitoringSettings {
  /** Null: the global setting or the 180-day default applies. */
  retentionDays: number | null;
  dictionary: string[];
}

export async function getMonitoringSettings(ctx: Ctx, unitId: number): Promise<MonitoringSettings & { defaultRetentionDays: number }> {
  await unitInScope(ctx, unitId);
  const row = await ctx.db.selectFrom('setting').select('value').where('key', '=', retentionKey(unitId)).executeTakeFirst();
  return { retentionDays: row ? Number(row.value) : null, dictionary: await unitDictionary(ctx.db, unitId), defaultRetentionDays: DEFAULT_RETENTION_DAYS };
}

export async function setMonitoringSettings(ctx: Ctx, unitId: number, input: MonitoringSettings) {
  await unitInScope(ctx, unitId);
  const before = await getMonitoringSettings(ctx, unitId);
  const words = [...new Set(input.dictionary.map((w) => w.trim()).filter(Boolean))];
  await transact(ctx, async (tx) => {
    const updated_at = new Date().toISOString();
    const put = (key: string, value: string) =>
      tx.db.insertInto('setting').values({ key, value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    if (input.retentionDays === null) await tx.db.deleteFrom('setting').where('key', '=', retentionKey(unitId)).execute();
    else await put(retentionKey(unitId), String(input.retentionDays));
    await put(dictionaryKey(unitId), JSON.stringify(words));
    await recordAudit(tx, { action: 'monitoring.settings', objectType: 'unit', objectId: unitId, unitId, before: { retentionDays: before.retentionDays, dictionary: before.dictionary }, after: { retentionDays: input.retentionDays, dictionary: words } });
  });
  return getMonitoringSettings(ctx, unitId);
}
