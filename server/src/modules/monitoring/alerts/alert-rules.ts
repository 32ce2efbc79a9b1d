import type { Grade } from '@yuqing/common';

/*
 * When an event raises an alert (预警): pure rules over the grade, what was already announced, the
 * topic's threshold, the unit's quiet hours and its watch periods (重要节点). The caller supplies
 * the clock.
 */

export type AlertTrigger = 'new' | 'rise' | 'watch';

export interface QuietHours {
  /** Beijing time, HH:mm; start after end wraps past midnight (22:00–07:00). */
  start: string;
  end: string;
}

export interface WatchPeriod {
  id: number;
  name: string;
  /** Beijing calendar days, YYYY-MM-DD, both included. */
  startsOn: string;
  endsOn: string;
}

export interface AlertSituation {
  grade: Grade;
  /** Whether the event was opened by this update. */
  isNew: boolean;
  /** Grades already announced for this event (one alert per event per grade). */
  alertedGrades: readonly number[];
  /** The topic's threshold: alert at this grade or graver (a smaller number). */
  threshold: Grade;
  quietHours: QuietHours | null;
  watchPeriods: readonly WatchPeriod[];
  now: Date;
}

export type AlertDecision =
  | { alert: false; why: 'below_threshold' | 'already_alerted' | 'not_graver' }
  | { alert: true; trigger: AlertTrigger; watchPeriod: WatchPeriod | null; quiet: boolean };

/** Quiet hours hold back outbound delivery of grade III and IV; grade II and I ring through. */
export const QUIET_HOURS_YIELD_AT: Grade = 2;

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar day and minute of the day of an instant (China keeps no daylight saving). */
export function beijingClock(now: Date): { day: string; minutes: number } {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { day: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function inQuietHours(quiet: QuietHours | null, now: Date): boolean {
  if (!quiet) return false;
  const { minutes } = beijingClock(now);
  const [start, end] = [minutesOf(quiet.start), minutesOf(quiet.end)];
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

export function activeWatchPeriod(periods: readonly WatchPeriod[], now: Date): WatchPeriod | null {
  const { day } = beijingClock(now);
  return periods.find((p) => p.startsOn <= day && day <= p.endsOn) ?? null;
}

/**
 * A new event at or above the threshold alerts (`new`); so does an event that climbs to a grade at
 * or above it that it was not yet announced at (`rise`). In a watch period every grade counts as at
 * the threshold (`watch`) and quiet hours do not apply. An event that falls back and climbs again
 * to a grade already announced stays silent: one alert per event per grade.
 */
export function decideAlert(s: AlertSituation): AlertDecision {
  if (s.alertedGrades.includes(s.grade)) return { alert: false, why: 'already_alerted' };
  if (s.alertedGrades.some((g) => g < s.grade)) return { alert: false, why: 'not_graver' };
  const watch = activeWatchPeriod(s.watchPeriods, s.now);
  if (!watch && s.grade > s.threshold) return { alert: false, why: 'below_threshold' };
  const trigger: AlertTrigger = watch && s.grade > s.threshold ? 'watch' : s.isNew ? 'new' : 'rise';
  const quiet = !watch && s.grade > QUIET_HOURS_YIELD_AT && inQuietHours(s.quietHours, s.now);
  return { alert: true, trigger, watchPeriod: watch, quiet };
}
