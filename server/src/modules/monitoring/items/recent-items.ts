import { NearDupIndex } from '../text/index.js';
import type { Executor } from '../../../db/database.js';
import { recentItemsAfter } from './item.repository.js';
import { normalizedItemText } from './prepare-item.js';

/** A reposted story is a near-duplicate only within this window; older items are left out of the index. */
export const NEAR_DUP_WINDOW_HOURS = 72;
/** An index is rebuilt from the database after this long, so it forgets items older than the window. */
const REBUILD_AFTER_MS = 6 * 3600_000;
const MAX_LOADED = 50_000;

/** The item a group started with. Filled in once the item is stored, so the index can be asked before its id exists. */
export interface ItemRef {
  id: number | null;
}

interface UnitIndex {
  index: NearDupIndex<ItemRef>;
  builtAt: number;
  /** The highest item id the index has seen: items stored by other workers since are read in before each batch. */
  lastId: number;
}

/**
 * Per unit, the near-duplicate index over its items of the last NEAR_DUP_WINDOW_HOURS. Kept in
 * memory between batches, as building it costs a read of every recent item; brought up to date
 * from the database before each batch, so several workers (PostgreSQL) see each other's items.
 */
export class RecentItems {
  /** Per database (a process may hold several, as tests do), per unit. */
  private readonly databases = new WeakMap<Executor, Map<number, UnitIndex>>();

  private unitsOf(db: Executor): Map<number, UnitIndex> {
    let units = this.databases.get(db);
    if (!units) this.databases.set(db, (units = new Map()));
    return units;
  }

  async forUnit(db: Executor, unitId: number, now = Date.now()): Promise<UnitIndex> {
    const units = this.unitsOf(db);
    let entry = units.get(unitId);
    if (!entry || now - entry.builtAt > REBUILD_AFTER_MS) {
      entry = { index: new NearDupIndex<ItemRef>(), builtAt: now, lastId: 0 };
      units.set(unitId, entry);
    }
    const since = new Date(now - NEAR_DUP_WINDOW_HOURS * 3600_000).toISOString();
    const rows = await recentItemsAfter(db, unitId, entry.lastId, since, MAX_LOADED);
    const refs = new Map<number, ItemRef>();
    for (const row of rows) {
      const origin = row.duplicate_of ?? row.id;
      let ref = refs.get(origin);
      if (!ref) refs.set(origin, (ref = { id: origin }));
      entry.index.assign(normalizedItemText(row.title, row.text), ref);
      entry.lastId = Math.max(entry.lastId, row.id);
    }
    return entry;
  }
}
