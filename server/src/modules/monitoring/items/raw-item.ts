import type { MediaTier } from '@yuqing/common';

export interface Engagement {
  reposts: number;
  comments: number;
  likes: number;
  views: number;
}

/**
 * An item as a source delivers it, before the pipeline: whatever the kind (feed, page, API, push,
 * import, manual), it comes down to this. There is no author: DESIGN.md, we watch topics.
 */
export interface RawItem {
  /** The source's own identity for it (feed guid, API id); the URL or a text hash otherwise. */
  key?: string | null;
  title?: string | null;
  text?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  counts?: Partial<Engagement>;
  /** Where it came from inside its batch (row 12, entry 3), for the failure record. */
  position?: string;
}

/** Where a batch of items belongs. */
export interface ItemOrigin {
  unitId: number;
  sourceId: number | null;
  mediaTier: MediaTier;
  isDemo?: boolean;
}

export class ItemRejected extends Error {}
