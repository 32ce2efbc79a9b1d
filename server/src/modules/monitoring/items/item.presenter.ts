import type { SnippetSegment } from '../search/snippet.js';
import type { ItemRow } from './item.repository.js';

export function presentItem(row: ItemRow, snippet?: SnippetSegment[]) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    sourceId: row.source_id,
    sourceName: row.source_name,
    mediaTier: row.media_tier,
    title: row.title,
    url: row.url,
    publishedAt: row.published_at,
    fetchedAt: row.fetched_at,
    duplicateOf: row.duplicate_of,
    keywords: (JSON.parse(row.keywords) as { word: string }[]).map((k) => k.word),
    sentiment: row.sentiment,
    sentimentScore: row.sentiment_score,
    sentimentCorrected: row.sentiment_corrected_by !== null,
    counts: { reposts: row.reposts, comments: row.comments, likes: row.likes, views: row.views },
    ...(snippet ? { snippet } : {}),
  };
}
