import { GRADE_NAMES, type Grade } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import { accountsFor, notify } from '../../platform/notification.service.js';
import { beijingClock, decideAlert, type AlertTrigger } from './alert-rules.js';
import type { LiveAlert } from './alert-bus.js';
import * as repo from './alert.repository.js';

/** An event just (re)graded, as the alert rules need it. */
export interface GradedEvent {
  eventId: number;
  topicId: number | null;
  topicName: string | null;
  title: string;
  grade: Grade;
  isNew: boolean;
  /** The topic's alert threshold. */
  threshold: Grade;
}

export interface UnitFacts {
  id: number;
  name: string;
  path: string;
}

/**
 * Records the alerts these events call for in the unit, inside the caller's transaction. The
 * unique (event, grade) index makes a concurrent duplicate a no-op rather than a second alert.
 * Returns the alerts to publish and deliver once the transaction commits.
 */
export async function raiseAlerts(db: Executor, unit: UnitFacts, events: readonly GradedEvent[], now: Date): Promise<LiveAlert[]> {
  if (events.length === 0) return [];
  const settings = await repo.settingsFor(db, unit.path);
  const quietHours = settings?.quiet_start && settings.quiet_end ? { start: settings.quiet_start, end: settings.quiet_end } : null;
  const watchPeriods = (await repo.watchPeriodsFor(db, unit.path, beijingClock(now).day)).map((w) => ({ id: w.id, name: w.name, startsOn: w.starts_on, endsOn: w.ends_on }));
  const announced = await repo.alertedGrades(db, events.map((e) => e.eventId));
  const out: LiveAlert[] = [];
  const createdAt = now.toISOString();
  for (const e of events) {
    const decision = decideAlert({
      grade: e.grade,
      isNew: e.isNew,
      alertedGrades: announced.filter((a) => a.event_id === e.eventId).map((a) => a.grade),
      threshold: e.threshold,
      quietHours,
      watchPeriods,
      now,
    });
    if (!decision.alert) continue;
    const trigger: AlertTrigger = decision.trigger;
    const id = await repo.insertAlert(db, {
      unit_id: unit.id,
      event_id: e.eventId,
      topic_id: e.topicId,
      grade: e.grade,
      trigger,
      title: e.title,
      quiet: decision.quiet ? 1 : 0,
      watch_period_id: decision.watchPeriod?.id ?? null,
      created_at: createdAt,
    });
    if (id === undefined) continue;
    // The office also finds it under the bell, for whoever was not watching the live feed.
    await notify(db, {
      userIds: await accountsFor(db, unit.id, [], ['group_office']),
      kind: 'monitoring.alert',
      title: { key: 'monitoring.alert', params: { grade: GRADE_NAMES[e.grade].roman, title: e.title } },
      link: `/monitoring/events/${e.eventId}`,
      dedupKey: `alert:${e.eventId}:${e.grade}`,
    });
    out.push({
      id,
      unitId: unit.id,
      unitName: unit.name,
      unitPath: unit.path,
      eventId: e.eventId,
      topicName: e.topicName,
      grade: e.grade,
      trigger,
      title: e.title,
      quiet: decision.quiet,
      watchPeriodName: decision.watchPeriod?.name ?? null,
      createdAt,
    });
  }
  return out;
}
