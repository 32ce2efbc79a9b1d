/**
 * Items (信息): the pipeline's end (storeItems), the live feed, item detail, sentiment corrections
 * and retention. Every ingest path hands its items to storeItems through sources/ingest.ts.
 */
export { storeItems, type StoreResult } from './store-items.js';
export type { Engagement, ItemOrigin, RawItem } from './raw-item.js';
export { itemRoutes } from './item.routes.js';
export { sentimentCorrections } from './item.repository.js';
export { applyRetention, retentionCandidates, DEFAULT_RETENTION_DAYS } from './retention.js';
export { prepareItem } from './prepare-item.js';
