import type { SafeFetchOptions } from '../../../core/safe-fetch.js';
import type { Executor } from '../../../db/database.js';
import { fetchSource, SourceError } from './fetch-source.js';
import { ingest } from './ingest.js';
import { nextPollAt } from './schedule.js';
import { dueSources, updateSource } from './source.repository.js';

export interface PollResult {
  sourceId: number;
  name?: string;
  status: 'ok' | 'not_modified' | 'unchanged' | 'error';
  fetched: number;
  newItems: number;
  updatedItems: number;
  failedItems: number;
  error?: string;
  ms: number;
}

type PollableRow = Awaited<ReturnType<typeof dueSources>>[number];

/** Asks one source, stores what it gave, and writes its health record and next poll time. */
export async function pollSource(db: Executor, source: PollableRow, options: Partial<SafeFetchOptions> = {}, now = new Date()): Promise<PollResult> {
  const started = Date.now();
  const base = { sourceId: source.id, name: source.name, fetched: 0, newItems: 0, updatedItems: 0, failedItems: 0 };
  try {
    const outcome = await fetchSource(source, options);
    const at = new Date().toISOString();
    const health = { last_polled_at: at, last_success_at: at, failure_count: 0, next_poll_at: nextPollAt(now, source.interval_minutes, 0) };
    if (outcome.status === 'not_modified') {
      await updateSource(db, source.id, health);
      return { ...base, status: 'not_modified', ms: Date.now() - started };
    }
    const validators = { etag: outcome.etag, last_modified: outcome.lastModified };
    if (outcome.status === 'unchanged') {
      await updateSource(db, source.id, { ...health, ...validators });
      return { ...base, status: 'unchanged', ms: Date.now() - started };
    }
    const stored = await ingest(db, source, outcome.items);
    // A declaration the bytes disproved is worth telling staff, though the poll itself worked.
    await updateSource(db, source.id, { ...health, ...validators, content_hash: outcome.contentHash, ...(outcome.note ? { last_error: outcome.note, last_error_at: at } : {}) });
    return { ...base, status: 'ok', fetched: outcome.items.length, newItems: stored.newItemIds.length, updatedItems: stored.updatedItemIds.length, failedItems: stored.failures.length, ms: Date.now() - started };
  } catch (err) {
    const message = err instanceof SourceError ? err.message : `内部错误 / internal error: ${(err as Error).message}`;
    const at = new Date().toISOString();
    const failures = source.failure_count + 1;
    await updateSource(db, source.id, { last_polled_at: at, last_error: message.slice(0, 1000), last_error_at: at, failure_count: failures, next_poll_at: nextPollAt(now, source.interval_minutes, failures) });
    return { ...base, status: 'error', error: message, ms: Date.now() - started };
  }
}

/** Polls every source that is due, `concurrency` at a time. */
export async function pollDueSources(db: Executor, opts: { now?: Date; limit?: number; concurrency?: number; fetch?: Partial<SafeFetchOptions> } = {}): Promise<PollResult[]> {
  const now = opts.now ?? new Date();
  const due = await dueSources(db, now.toISOString(), opts.limit ?? 10_000);
  const results: PollResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const source = due[next++];
      results.push(await pollSource(db, source, opts.fetch, now));
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, due.length) }, worker));
  return results.sort((a, b) => a.sourceId - b.sourceId);
}

/** The summary `yuqing ingest run` prints: one row per source polled. */
export function formatPollTable(results: PollResult[]): string {
  const rows = [['source', 'name', 'status', 'fetched', 'new', 'updated', 'failed', 'ms', 'error']];
  for (const r of results) rows.push([String(r.sourceId), r.name ?? '', r.status, String(r.fetched), String(r.newItems), String(r.updatedItems), String(r.failedItems), String(r.ms), r.error ?? '']);
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell)))).join('  ').trimEnd()).join('\n');
}
