import crypto from 'node:crypto';
import type { Executor } from '../../../db/database.js';
import { classify } from '../sentiment/index.js';
import { canonicalForDedup, normalizeText, Segmenter, simhash } from '../text/index.js';

/** An item as a test plants it; the pipeline's columns (SimHash, keywords, sentiment) are filled by the real text functions. */
export interface TestItem {
  unitId: number;
  title?: string;
  text: string;
  mediaTier?: string;
  sourceId?: number | null;
  publishedAt?: string;
  duplicateOf?: number | null;
  reposts?: number;
  comments?: number;
  likes?: number;
  views?: number;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** Inserts items straight into the item table, as the ingest pipeline would have stored them; returns their ids in order. */
export async function storeTestItems(db: Executor, items: readonly TestItem[]): Promise<number[]> {
  const ids: number[] = [];
  for (const i of items) {
    const normalized = normalizeText(`${i.title ?? ''}\n${i.text}`);
    const fp = simhash(canonicalForDedup(normalized) || normalized, 2);
    const sentiment = classify(normalized);
    const now = new Date().toISOString();
    const row = await db
      .insertInto('item')
      .values({
        unit_id: i.unitId,
        source_id: i.sourceId ?? null,
        media_tier: i.mediaTier ?? 'self_media',
        item_key: crypto.randomUUID(),
        title: i.title ?? '',
        text: i.text,
        url: null,
        published_at: i.publishedAt ?? now,
        fetched_at: i.publishedAt ?? now,
        simhash: hex(fp.hi) + hex(fp.lo),
        duplicate_of: i.duplicateOf ?? null,
        keywords: JSON.stringify(Segmenter.base().keywords(normalized, 8).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1000) / 1000 }))),
        sentiment: sentiment.label,
        sentiment_score: sentiment.score,
        reposts: i.reposts ?? 0,
        comments: i.comments ?? 0,
        likes: i.likes ?? 0,
        views: i.views ?? 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
