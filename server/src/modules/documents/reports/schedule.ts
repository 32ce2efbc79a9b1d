import { parsePeriod, previousPeriod, type Period } from './period.js';

/**
 * Which reports fall due on a Beijing calendar day. The quarterly analysis of the quarter just
 * ended is drafted on the first working day of the new quarter; the half-year summary on the last
 * working day of June and the annual summary on the last working day of December, so the office
 * has them before the period closes. Weekends are the non-working days (holiday calendars differ
 * by year and are announced late, so they are left to the office).
 */
export interface DueReport {
  kind: 'analysis' | 'summary';
  period: Period;
}

const isWorkingDay = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function firstWorkingDay(y: number, m0: number): string {
  const d = new Date(Date.UTC(y, m0, 1));
  while (!isWorkingDay(d)) d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}

function lastWorkingDay(y: number, m0: number): string {
  const d = new Date(Date.UTC(y, m0 + 1, 0));
  while (!isWorkingDay(d)) d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

export function dueOn(date: string): DueReport[] {
  const d = utcDay(date);
  const y = d.getUTCFullYear();
  const m0 = d.getUTCMonth();
  const due: DueReport[] = [];
  if (m0 % 3 === 0 && date === firstWorkingDay(y, m0)) due.push({ kind: 'analysis', period: previousPeriod(parsePeriod(`${y}Q${m0 / 3 + 1}`)!) });
  if (m0 === 5 && date === lastWorkingDay(y, 5)) due.push({ kind: 'summary', period: parsePeriod(`${y}H1`)! });
  if (m0 === 11 && date === lastWorkingDay(y, 11)) due.push({ kind: 'summary', period: parsePeriod(`${y}`)! });
  return due;
}
