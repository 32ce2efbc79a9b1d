import type { SourceHealth } from '@yuqing/common';
import type { SourceRow } from './source.repository.js';
import { readConfig } from './source-config.js';

export function health(row: SourceRow, itemsLastWeek: number): SourceHealth {
  const failing = row.failure_count > 0;
  return {
    lastSuccessAt: row.last_success_at,
    lastPolledAt: row.last_polled_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    failureCount: row.failure_count,
    nextPollAt: row.next_poll_at,
    itemsPerDay: Math.round((itemsLastWeek / 7) * 10) / 10,
    state: failing ? 'failing' : row.last_success_at ? 'ok' : 'idle',
  };
}

/** The push secret is shown only to those who manage the source: it lets anyone post items into the unit's feed. */
export function presentSource(row: SourceRow, itemsLastWeek: number, opts: { showSecret?: boolean } = {}) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    kind: row.kind,
    url: row.url,
    config: readConfig(row.config),
    mediaTier: row.media_tier,
    intervalMinutes: row.interval_minutes,
    enabled: row.enabled === 1,
    internal: row.internal === 1,
    pushToken: row.push_token,
    ...(opts.showSecret ? { pushSecret: row.push_secret } : {}),
    health: health(row, itemsLastWeek),
    createdAt: row.created_at,
  };
}
