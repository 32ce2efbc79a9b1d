import type { Executor } from '../../../db/database.js';
import type { AlertBus } from './alert-bus.js';
import * as repo from './alert.repository.js';

/** How often the relay looks for alerts raised by other processes. */
export const RELAY_INTERVAL_MS = 2000;
/** Alert ids remembered as published in this process: far more than arrive between two polls. */
const REMEMBERED = 10_000;

/**
 * Publishes on this process's bus the alerts other processes wrote to the table (job workers on
 * PostgreSQL raise them where the live feeds are not). Starts from the newest alert already stored,
 * and skips the alerts this process published itself. Returns a stop function.
 */
export function startAlertRelay(db: Executor, bus: AlertBus, intervalMs = RELAY_INTERVAL_MS): () => Promise<void> {
  let lastId = 0;
  // Read at once, not at the first poll: an alert written in between would be taken for an old one.
  let running: Promise<void> = repo.latestAlertId(db).then((id) => void (lastId = Number(id)));
  const local = new Set<number>();
  const unsubscribe = bus.subscribe((a) => {
    local.add(a.id);
    if (local.size > REMEMBERED) local.delete(local.values().next().value!);
  });
  const poll = async () => {
    const rows = await repo.listAlerts(db, '/', { afterId: lastId, limit: 500 });
    for (const a of rows.reverse()) {
      lastId = a.id;
      if (local.has(a.id)) continue;
      bus.publish({ id: a.id, unitId: a.unit_id, unitName: a.unit_name, unitPath: a.unit_path, eventId: a.event_id, topicName: a.topic_name, grade: a.grade, trigger: a.trigger, title: a.title, quiet: a.quiet === 1, watchPeriodName: a.watch_period_name, createdAt: a.created_at });
    }
  };
  const timer = setInterval(() => {
    running = running.then(poll).catch((err: unknown) => console.error('alert relay:', err));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await running;
  };
}
