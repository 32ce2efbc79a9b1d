import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { RawItem } from '../items/index.js';
import { DEMO_STORYLINE, type ScriptedItem } from './demo-storyline.js';
import { ingest } from './ingest.js';

/*
 * The demo's running replay (issue #3): while the database holds the demo district, a job each
 * minute hands the street office's push source the storyline items now due. A round starts the
 * first time the job runs on a Beijing calendar day and ends with the storyline (about a quarter
 * of an hour); the next round waits for the next day. Once a day rather than cycling: an event
 * re-fed every few minutes would only grow, never form again, and would bury the rest of the
 * demo under alerts. Each round's item keys carry its start, so every round's items are new.
 * The state lives in the keys themselves (the last one stored says the round and how far it got),
 * so a restart mid-round carries on where it stopped and nothing needs a table of its own.
 */

export const DEMO_REPLAY_QUEUE = 'monitoring.demo-replay';
export const DEMO_REPLAY_SOURCE = '网络问政平台推送';
const KEY_PREFIX = 'demo-replay:';
const MINUTE = 60_000;
/** The job runs once a minute, give or take: an item due a few seconds after a run goes out with it rather than a minute late. */
const SLACK = 30_000;
const BEIJING_OFFSET = 8 * 3_600_000;

const beijingDay = (ms: number) => new Date(ms + BEIJING_OFFSET).toISOString().slice(0, 10);

export interface ReplayProgress {
  /** When the round started, epoch ms. */
  start: number;
  /** Index of the last storyline item delivered. */
  last: number;
}

export function replayKey(start: number, index: number): string {
  return `${KEY_PREFIX}${new Date(start).toISOString()}:${index}`;
}

export function readReplayKey(key: string): ReplayProgress | null {
  const m = /^demo-replay:(.+Z):(\d+)$/.exec(key);
  if (!m) return null;
  const start = Date.parse(m[1]);
  return Number.isNaN(start) ? null : { start, last: Number(m[2]) };
}

/**
 * Which storyline items are due at `now`, given how far the replay got: the rest of today's round
 * up to now, or the start of a new round when the last one began on an earlier day.
 */
export function dueItems(progress: ReplayProgress | null, now: number, story: readonly ScriptedItem[] = DEMO_STORYLINE): { start: number; items: { index: number; at: number; item: ScriptedItem }[] } {
  const sameDay = progress !== null && beijingDay(progress.start) === beijingDay(now);
  const start = sameDay ? progress.start : now;
  const after = sameDay ? progress.last : -1;
  const items = story
    .map((item, index) => ({ index, at: start + item.minute * MINUTE, item }))
    .filter((s) => s.index > after && s.at <= now + SLACK)
    .map((s) => ({ ...s, at: Math.min(s.at, now) }));
  return { start, items };
}

/** One run of the job: does nothing on a database without the demo district's push source. */
export async function runDemoReplay(db: Kysely<DB>, now: Date): Promise<{ delivered: number }> {
  const source = await db
    .selectFrom('source')
    .select(['id', 'unit_id', 'media_tier', 'is_demo'])
    .where('is_demo', '=', 1)
    .where('kind', '=', 'push')
    .where('name', '=', DEMO_REPLAY_SOURCE)
    .executeTakeFirst();
  if (!source) return { delivered: 0 };
  const latest = await db
    .selectFrom('item')
    .select('item_key')
    .where('source_id', '=', source.id)
    .where('item_key', 'like', `${KEY_PREFIX}%`)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const { start, items } = dueItems(latest ? readReplayKey(latest.item_key) : null, now.getTime());
  if (items.length === 0) return { delivered: 0 };
  const raw: RawItem[] = items.map(({ index, at, item }) => ({
    key: replayKey(start, index),
    title: item.title,
    text: item.text,
    publishedAt: new Date(at).toISOString(),
    counts: item.counts,
  }));
  await ingest(db, source, raw, { now: () => now });
  return { delivered: raw.length };
}
