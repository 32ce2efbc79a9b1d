import { sql } from 'kysely';
import { GRADE_NAMES, type Grade } from '@yuqing/common';
import type { Database, Executor } from '../../../db/database.js';
import { sendToUnit, type DeliveryConfig } from '../../platform/delivery/index.js';
import { accountsFor, notify } from '../../platform/notification.service.js';
import { beijingClock, minutesOf } from './alert-rules.js';

/*
 * The daily digest (舆情日报) a unit's office receives at the time it set: the day's new events with
 * their grades, the alerts, and the items by sentiment, over the unit and the units under it.
 */

export interface DigestSummary {
  unitId: number;
  unitName: string;
  day: string;
  since: string;
  until: string;
  events: { id: number; title: string; grade: number | null; itemCount: number; unitName: string }[];
  eventsByGrade: Record<string, number>;
  alerts: number;
  itemsBySentiment: Record<string, number>;
}

/** The recurring job that sends the digests that are due; every minute, so each goes out at its set minute. */
export const DIGEST_QUEUE = 'monitoring.alert-digest';

/** At most this many events are listed by name; the counts cover them all. */
const LISTED_EVENTS = 10;
const DAY_MS = 86_400_000;

/** The units whose digest time has come today (Beijing) and whose digest for today is not yet written. */
export async function dueDigestUnits(db: Executor, now: Date) {
  const { day, minutes } = beijingClock(now);
  const rows = await db
    .selectFrom('alert_setting')
    .innerJoin('unit', 'unit.id', 'alert_setting.unit_id')
    .leftJoin('alert_digest', (j) => j.onRef('alert_digest.unit_id', '=', 'alert_setting.unit_id').on('alert_digest.day', '=', day))
    .select(['unit.id', 'unit.name', 'unit.path', 'alert_setting.digest_time'])
    .where('alert_setting.digest_time', 'is not', null)
    .where('alert_digest.unit_id', 'is', null)
    .execute();
  return rows.filter((r) => minutesOf(r.digest_time!) <= minutes).map((r) => ({ id: r.id, name: r.name, path: r.path, day }));
}

/** The last 24 hours of the unit's subtree. */
export async function summarise(db: Executor, unit: { id: number; name: string; path: string; day: string }, now: Date): Promise<DigestSummary> {
  const until = now.toISOString();
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const units = (await db.selectFrom('unit').select('id').where('path', 'like', `${unit.path}%`).execute()).map((u) => u.id);
  const events = await db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unit_id')
    .select(['event.id', 'event.title', 'event.grade', 'event.item_count', 'unit.name as unit_name'])
    .where('event.unit_id', 'in', units)
    .where('event.first_seen_at', '>=', since)
    .where('event.first_seen_at', '<', until)
    .where('event.status', '!=', 'merged')
    .orderBy(sql`coalesce(event.grade, 5)`)
    .orderBy('event.item_count', 'desc')
    .execute();
  const alerts = await db.selectFrom('alert').select((eb) => eb.fn.countAll<number>().as('n')).where('alert.unit_id', 'in', units).where('created_at', '>=', since).where('created_at', '<', until).executeTakeFirstOrThrow();
  const sentiments = await db
    .selectFrom('item')
    .select(['sentiment', (eb) => eb.fn.countAll<number>().as('n')])
    .where('item.unit_id', 'in', units)
    .where('fetched_at', '>=', since)
    .where('fetched_at', '<', until)
    .groupBy('sentiment')
    .execute();
  const eventsByGrade: Record<string, number> = {};
  for (const e of events) eventsByGrade[String(e.grade ?? '')] = (eventsByGrade[String(e.grade ?? '')] ?? 0) + 1;
  return {
    unitId: unit.id,
    unitName: unit.name,
    day: unit.day,
    since,
    until,
    events: events.slice(0, LISTED_EVENTS).map((e) => ({ id: e.id, title: e.title, grade: e.grade, itemCount: e.item_count, unitName: e.unit_name })),
    eventsByGrade,
    alerts: Number(alerts.n),
    itemsBySentiment: Object.fromEntries(sentiments.map((s) => [s.sentiment, Number(s.n)])),
  };
}

const SENTIMENT_ZH: Record<string, string> = { negative: '负面', neutral: '中性', positive: '正面' };

/** The digest as a message: Chinese, as the office reads and forwards it. */
export function digestMessage(s: DigestSummary): { title: string; text: string; link: string } {
  const total = Object.values(s.eventsByGrade).reduce((a, b) => a + b, 0);
  const grades = ([1, 2, 3, 4] as Grade[]).map((g) => `${GRADE_NAMES[g]['zh-CN']}（${GRADE_NAMES[g].roman}级）${s.eventsByGrade[g] ?? 0} 起`).join('，');
  const items = ['negative', 'neutral', 'positive'].map((k) => `${SENTIMENT_ZH[k]} ${s.itemsBySentiment[k] ?? 0} 条`).join('，');
  const lines = [
    `新增事件 ${total} 起：${grades}。`,
    `预警 ${s.alerts} 次。`,
    `新增信息：${items}。`,
    ...(s.events.length ? ['主要事件：', ...s.events.map((e, i) => `${i + 1}. ${e.grade ? `【${GRADE_NAMES[e.grade as Grade].roman}级】` : ''}${e.title}（${e.unitName}，${e.itemCount} 条）`)] : []),
  ];
  return { title: `舆情日报（${s.unitName}，${s.day}）`, text: lines.join('\n'), link: '/monitoring/events' };
}

/**
 * Writes today's digest of each unit that is due, puts it under the office's bell and hands it to
 * `send` for outbound delivery. The (unit, day) key is claimed first, so two workers never send one
 * digest twice; a failed send is recorded on the digest.
 */
export async function runDigests(db: Executor, now: Date, send: (unitId: number, message: ReturnType<typeof digestMessage>, key: string) => Promise<unknown>): Promise<DigestSummary[]> {
  const sent: DigestSummary[] = [];
  for (const unit of await dueDigestUnits(db, now)) {
    const summary = await summarise(db, unit, now);
    const claimed = await db
      .insertInto('alert_digest')
      .values({ unit_id: unit.id, day: unit.day, summary: JSON.stringify(summary), created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['unit_id', 'day']).doNothing())
      .returning('unit_id')
      .executeTakeFirst();
    if (!claimed) continue;
    const message = digestMessage(summary);
    await noticeDigest(db, unit.id, message, summary);
    const delivery = await send(unit.id, message, `digest:${unit.id}:${unit.day}`).catch((err: Error) => ({ error: err.message }));
    await db.updateTable('alert_digest').set({ delivery: JSON.stringify(delivery ?? null) }).where('unit_id', '=', unit.id).where('day', '=', unit.day).execute();
    sent.push(summary);
  }
  return sent;
}

/** The in-app half of a digest: a notice to the unit's office accounts. */
async function noticeDigest(db: Executor, unitId: number, message: ReturnType<typeof digestMessage>, summary: Pick<DigestSummary, 'unitName' | 'day'>): Promise<number> {
  return notify(db, {
    userIds: await accountsFor(db, unitId, [], ['group_office']),
    kind: 'monitoring.digest',
    title: { key: 'monitoring.digest', params: { unit: summary.unitName, day: summary.day } },
    body: message.text,
    link: message.link,
  });
}

/** The recurring job: today's due digests, under the office's bell and out through the unit's digest targets. */
export function runDigestJob(db: Database, now: Date, config: DeliveryConfig): Promise<DigestSummary[]> {
  return runDigests(db, now, (unitId, message, key) => sendToUnit(db, unitId, 'digest', message, key, config));
}
