import type { Database } from '../../db/database.js';
import { safeFetch, type SafeFetchOptions } from '../../core/safe-fetch.js';
import { accountsFor, notify } from '../platform/notification.service.js';
import { latestEntryDate } from './feed-freshness.js';
import { healthRulesFor } from './channel.service.js';
import { evaluateHealth } from './health.js';

/** Reads each active channel's feed or page and moves its last update on when the feed shows a newer entry. */
export async function refreshFromFeeds(db: Database, now = new Date(), fetchOptions: SafeFetchOptions = {}): Promise<{ checked: number; updated: number; failed: number }> {
  const channels = await db.selectFrom('channel').select(['id', 'feed_url', 'last_update_at']).where('status', '=', 'active').where('feed_url', 'is not', null).execute();
  let updated = 0;
  let failed = 0;
  for (const c of channels) {
    const checkedAt = new Date().toISOString();
    try {
      const res = await safeFetch(c.feed_url!, { maxBytes: 5 * 1024 * 1024, ...fetchOptions });
      if (res.status >= 400) throw new Error(`HTTP ${res.status}`);
      const latest = latestEntryDate(res.body, res.headers['last-modified'], now);
      const newer = latest !== null && (!c.last_update_at || latest > c.last_update_at);
      await db
        .updateTable('channel')
        .set({ feed_checked_at: checkedAt, feed_error: latest ? null : '未在内容中找到发布日期', ...(newer ? { last_update_at: latest, last_update_source: 'feed' as const } : {}) })
        .where('id', '=', c.id)
        .execute();
      if (newer) updated++;
    } catch (err) {
      failed++;
      await db.updateTable('channel').set({ feed_checked_at: checkedAt, feed_error: (err as Error).message.slice(0, 300) }).where('id', '=', c.id).execute();
    }
  }
  return { checked: channels.length, updated, failed };
}

/** Tells each flagged channel's owner and the unit's group office, once per distinct set of flags. */
export async function notifyFlagged(db: Database, now = new Date()): Promise<number> {
  const channels = await db
    .selectFrom('channel')
    .innerJoin('unit', 'unit.id', 'channel.unit_id')
    .selectAll('channel')
    .select('unit.path as unit_path')
    .where('channel.status', '=', 'active')
    .execute();
  let sent = 0;
  for (const c of channels) {
    const health = evaluateHealth(c, await healthRulesFor(db, c.unit_path), now);
    if (health.level === 'ok') continue;
    const codes = health.flags.map((f) => f.code).join(',');
    const users = await accountsFor(db, c.unit_id, [c.owner_person_id], ['group_office']);
    sent += await notify(db, {
      userIds: users,
      kind: 'channel.flagged',
      title: { key: health.level === 'fail' ? 'channel.flagged.fail' : 'channel.flagged.warn', params: { name: c.name } },
      body: codes,
      link: `/channels?id=${c.id}`,
      dedupKey: `channel:${c.id}:${codes}`,
    });
  }
  return sent;
}
