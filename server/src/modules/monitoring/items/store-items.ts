import type { Executor } from '../../../db/database.js';
import { canonicalForDedup, NEAR_DUP_DEFAULTS, simhash, UnitSegmenters } from '../text/index.js';
import { indexItem } from '../search/search.repository.js';
import { findByKey, insertFailure, insertItem, recordCounts } from './item.repository.js';
import { prepareItem } from './prepare-item.js';
import { ItemRejected, type Engagement, type ItemOrigin, type RawItem } from './raw-item.js';
import { RecentItems, type ItemRef } from './recent-items.js';
import { unitDictionary } from './unit-dictionary.js';

export interface StoreResult {
  /** Items seen for the first time, in the order stored: topic matching and clustering take these. */
  newItemIds: number[];
  /** Items seen before whose engagement counts changed: their events' figures change with them. */
  updatedItemIds: number[];
  /** Items kept in item_failure with their reason instead, with where they were in the batch. */
  failures: { position: string; reason: string }[];
}

const recentItems = new RecentItems();
const segmenters = new UnitSegmenters();

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
const fingerprint = (normalized: string) => {
  const h = simhash(canonicalForDedup(normalized), NEAR_DUP_DEFAULTS.ngram);
  return hex8(h.hi) + hex8(h.lo);
};
const sameCounts = (a: Engagement, b: Engagement) => a.reposts === b.reposts && a.comments === b.comments && a.likes === b.likes && a.views === b.views;

async function inTransaction<T>(db: Executor, fn: (db: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** Oldest first, so the original of a story is stored before its reposts in the same batch. */
function chronological(raws: readonly RawItem[]): RawItem[] {
  const time = (r: RawItem) => (r.publishedAt ? Date.parse(r.publishedAt) : NaN);
  return raws
    .map((raw, i) => ({ raw, i, t: time(raw) }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? a.i - b.i : a.t - b.t || a.i - b.i))
    .map((x) => x.raw);
}

/**
 * The end of every ingest path (poll, push, import, manual entry, replay): each item is
 * normalised, segmented, given keywords, checked against the unit's recent items for a
 * near-duplicate, classified for sentiment and stored once per (unit, item key). An item seen
 * before only gets its new engagement counts, appended to its history. An item that fails is kept
 * in item_failure with its reason and the batch goes on. Call it outside a transaction: each item
 * commits on its own, so one bad item loses nothing else.
 */
export async function storeItems(db: Executor, origin: ItemOrigin, raws: readonly RawItem[], now = new Date()): Promise<StoreResult> {
  const result: StoreResult = { newItemIds: [], updatedItemIds: [], failures: [] };
  if (raws.length === 0) return result;
  const segmenter = segmenters.get(String(origin.unitId), await unitDictionary(db, origin.unitId));
  const { index } = await recentItems.forUnit(db, origin.unitId, now.getTime());
  const at = now.toISOString();
  for (const [i, raw] of chronological(raws).entries()) {
    try {
      const item = prepareItem(raw, segmenter);
      const seenBefore = async (existing: Awaited<ReturnType<typeof findByKey>>) => {
        if (!existing) return false;
        if (item.hasCounts && !sameCounts(existing, item.counts)) {
          await inTransaction(db, (tx) => recordCounts(tx, existing.id, item.counts, at, true));
          result.updatedItemIds.push(existing.id);
        }
        return true;
      };
      if (await seenBefore(await findByKey(db, origin.unitId, item.key))) continue;
      const ref: ItemRef = { id: null };
      const group = index.assign(item.normalized, ref);
      const insert = () => inTransaction(db, async (tx) => {
        const { id } = await insertItem(tx, {
          unit_id: origin.unitId,
          source_id: origin.sourceId,
          media_tier: origin.mediaTier,
          item_key: item.key,
          title: item.title,
          text: item.text,
          url: item.url,
          published_at: item.publishedAt,
          fetched_at: at,
          simhash: fingerprint(item.normalized),
          duplicate_of: group === ref ? null : group.id,
          keywords: JSON.stringify(item.keywords),
          sentiment: item.sentiment.label,
          sentiment_score: item.sentiment.score,
          ...item.counts,
          is_demo: origin.isDemo ? 1 : 0,
          created_at: at,
          updated_at: at,
        });
        await indexItem(tx, id, item.normalized);
        await recordCounts(tx, id, item.counts, at, false);
        return id;
      });
      let id: number;
      try {
        id = await insert();
      } catch (err) {
        // Another worker stored the same item between the lookup and the insert: it is a repeat.
        const raced = await findByKey(db, origin.unitId, item.key);
        if (!raced) throw err;
        ref.id = raced.id;
        await seenBefore(raced);
        continue;
      }
      ref.id = id;
      result.newItemIds.push(id);
    } catch (err) {
      const reason = err instanceof ItemRejected ? err.message : `无法保存 / could not be stored: ${(err as Error).message}`.slice(0, 500);
      const position = raw.position ?? `#${i + 1}`;
      result.failures.push({ position, reason });
      await insertFailure(db, { unit_id: origin.unitId, source_id: origin.sourceId, position, raw: JSON.stringify(raw).slice(0, 4000), reason });
    }
  }
  return result;
}

