import type { Executor } from '../../../db/database.js';
import type { RawItem } from '../items/index.js';
import { csvRecords } from '../text/csv-records.js';
import { readCount } from './field-mapping.js';
import { ingest, type IngestingSource } from './ingest.js';

export interface TimedItem {
  /** When it was posted, in epoch milliseconds. */
  at: number;
  item: RawItem;
}

/** The shared Weibo lists write `5月31日 23:54` in Beijing time and no year; their posts are from 2020. */
const LIST_YEAR = 2020;

function listTime(text: string, year: number): number | null {
  const iso = Date.parse(text);
  if (!Number.isNaN(iso) && /\d{4}/.test(text)) return iso;
  const m = /^(\d{1,2})月(\d{1,2})日\s+(\d{1,2}):(\d{2})/.exec(text.trim());
  return m ? Date.UTC(year, +m[1] - 1, +m[2], +m[3] - 8, +m[4]) : null;
}

/**
 * A timestamped CSV as items in time order: the Weibo lists' columns (pub_time, weibo_content,
 * forward, comment, like, weibo_url), or any CSV with time, text and optionally title, url.
 * Author columns, if a file has them, are not read.
 */
export function readTimedCsv(text: string, year = LIST_YEAR): TimedItem[] {
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const first = records.next();
  if (first.done) return [];
  const header = first.value.map((h: string) => h.trim());
  const col = (...names: string[]) => header.findIndex((h: string) => names.includes(h));
  const time = col('pub_time', 'time', 'published', 'publishedAt');
  const body = col('weibo_content', 'text', 'content');
  const title = col('title');
  const url = col('weibo_url', 'url', 'link');
  const [reposts, comments, likes] = [col('forward', 'reposts'), col('comment', 'comments'), col('like', 'likes')];
  if (time < 0 || body < 0) throw new Error('the CSV needs a time column (pub_time or time) and a text column (weibo_content or text)');
  const out: TimedItem[] = [];
  let row = 1;
  for (const fields of records) {
    row++;
    const at = listTime(fields[time] ?? '', year);
    if (at === null || !fields[body]?.trim()) continue;
    const pick = (i: number) => (i >= 0 ? fields[i] : undefined);
    out.push({
      at,
      item: {
        key: pick(url)?.split('?')[0] || null,
        title: pick(title) ?? null,
        text: fields[body],
        url: pick(url)?.split('?')[0] || null,
        counts: { reposts: readCount(pick(reposts)), comments: readCount(pick(comments)), likes: readCount(pick(likes)) },
        position: `row ${row}`,
      },
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

export interface ReplayOptions {
  /** How many times faster than it happened: 60 replays an hour in a minute. */
  speed: number;
  /** No wait longer than this, so a quiet night in the file does not stall a demo. */
  maxGapMs: number;
  limit?: number;
  sleep?: (ms: number) => Promise<void>;
  onItem?: (item: RawItem, stored: { new: boolean }) => void;
}

/** Feeds the items to a source as if they arrived live: each published at the moment it is replayed. */
export async function replay(db: Executor, source: IngestingSource, items: TimedItem[], opts: ReplayOptions): Promise<{ stored: number; updated: number; failed: number }> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const totals = { stored: 0, updated: 0, failed: 0 };
  const chosen = items.slice(0, opts.limit ?? items.length);
  for (const [i, { at, item }] of chosen.entries()) {
    if (i > 0) await sleep(Math.min((at - chosen[i - 1].at) / opts.speed, opts.maxGapMs));
    const result = await ingest(db, source, [{ ...item, publishedAt: new Date().toISOString() }]);
    totals.stored += result.newItemIds.length;
    totals.updated += result.updatedItemIds.length;
    totals.failed += result.failures.length;
    opts.onItem?.(item, { new: result.newItemIds.length > 0 });
  }
  return totals;
}
