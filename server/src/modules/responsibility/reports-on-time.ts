import { addDays } from './periods.js';

/** Days after a quarter's end within which its analysis report counts as sent on time. */
export const REPORT_GRACE_DAYS = 15;

/**
 * Of the quarters of `year` whose grace period is over by `today`, how many had their report
 * submitted within it. `submitted` holds that year's reports only, by quarter 1..4. Dates are
 * Beijing calendar dates; a quarter not yet due is not counted.
 */
export function reportsOnTime(year: number, today: string, submitted: readonly { quarter: number; submittedOn: string }[]): { due: number; onTime: number } {
  let due = 0;
  let onTime = 0;
  for (let q = 1; q <= 4; q++) {
    const end = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
    const deadline = addDays(end, REPORT_GRACE_DAYS);
    if (deadline >= today) continue;
    due++;
    if (submitted.some((r) => r.quarter === q && r.submittedOn <= deadline)) onTime++;
  }
  return { due, onTime };
}
