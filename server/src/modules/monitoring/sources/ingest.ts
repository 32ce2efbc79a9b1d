import type { MediaTier } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import { deliveryConfigOf } from '../../../core/config.js';
import { storeItems, type RawItem, type StoreResult } from '../items/index.js';
import { processStoredItems, type ProcessDeps } from '../events/index.js';

export interface IngestingSource {
  id: number;
  unit_id: number;
  media_tier: string;
  is_demo: number;
}

/**
 * Where every path in (poll, push, import, manual entry, replay) hands its items over: store them,
 * then match topics, cluster into events, regrade and alert on what is new or changed. Alerts go
 * out with the process's own mail settings (the same environment `serve` reads) unless a caller
 * passes others. Each item commits on its own before processing, so a failure downstream loses
 * no stored item; processing is idempotent and the next update of an event catches up.
 */
export async function ingest(db: Executor, source: IngestingSource, items: readonly RawItem[], deps: Partial<ProcessDeps> = {}): Promise<StoreResult> {
  const stored = await storeItems(db, { unitId: source.unit_id, sourceId: source.id, mediaTier: source.media_tier as MediaTier, isDemo: source.is_demo === 1 }, items);
  const changed = [...stored.newItemIds, ...stored.updatedItemIds];
  if (changed.length) await processStoredItems(db, changed, { now: () => new Date(), delivery: deliveryConfigOf(), ...deps });
  return stored;
}
