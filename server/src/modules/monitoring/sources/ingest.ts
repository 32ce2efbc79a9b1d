import type { MediaTier } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import { storeItems, type RawItem, type StoreResult } from '../items/index.js';

export interface IngestingSource {
  id: number;
  unit_id: number;
  media_tier: string;
  is_demo: number;
}

/**
 * Where every path in (poll, push, import, manual entry, replay) hands its items over. Topic
 * matching and clustering into events continue from here, on `stored.newItemIds` and
 * `stored.updatedItemIds`.
 */
export async function ingest(db: Executor, source: IngestingSource, items: readonly RawItem[]): Promise<StoreResult> {
  const stored = await storeItems(db, { unitId: source.unit_id, sourceId: source.id, mediaTier: source.media_tier as MediaTier, isDemo: source.is_demo === 1 }, items);
  return stored;
}
