import type { Executor } from '../../../db/database.js';
import { unindexItems } from '../search/search.repository.js';
import { heldItemIds } from '../../incidents/index.js';

export const DEFAULT_RETENTION_DAYS = 180;
export const retentionKey = (unitId: number | null) => (unitId === null ? 'monitoring.retention-days' : `monitoring.retention-days.${unitId}`);
const BATCH = 1000;

/**
 * Which of a unit's items retention may delete: those older than the cutoff that no incident holds,
 * through its event or attached by hand (DESIGN.md: items that belong to no incident are deleted
 * after the period).
 */
export function retentionCandidates(db: Executor, unitId: number, cutoff: string) {
  return db.selectFrom('item').select('id').where('unit_id', '=', unitId).where('fetched_at', '<', cutoff).where('id', 'not in', heldItemIds(db));
}

async function retentionDays(db: Executor, unitId: number): Promise<number> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', [retentionKey(unitId), retentionKey(null)]).execute();
  const value = rows.find((r) => r.key === retentionKey(unitId))?.value ?? rows.find((r) => r.key === retentionKey(null))?.value;
  const days = Number(value);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}

/** Deletes items past their unit's retention period (a unit's own setting, else the global one, else 180 days). */
export async function applyRetention(db: Executor, now = new Date()): Promise<{ deleted: number }> {
  let deleted = 0;
  const units = await db.selectFrom('item').select('unit_id').distinct().execute();
  for (const { unit_id } of units) {
    const cutoff = new Date(now.getTime() - (await retentionDays(db, unit_id)) * 86_400_000).toISOString();
    for (;;) {
      const ids = (await retentionCandidates(db, unit_id, cutoff).limit(BATCH).execute()).map((r) => r.id);
      if (ids.length === 0) break;
      await db.transaction().execute(async (tx) => {
        await unindexItems(tx, ids);
        // Event links and counts go by ON DELETE CASCADE; a repost pointing at a deleted original keeps its text.
        await tx.updateTable('item').set({ duplicate_of: null }).where('duplicate_of', 'in', ids).execute();
        await tx.deleteFrom('item').where('id', 'in', ids).execute();
      });
      deleted += ids.length;
    }
  }
  return { deleted };
}

