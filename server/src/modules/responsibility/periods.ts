import type { Recurrence } from '@yuqing/common';

/** One period of a recurring task. Dates are calendar dates (YYYY-MM-DD) in Beijing time. */
export interface Period {
  key: string;
  start: string;
  end: string;
  due: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;

/** The calendar date in Beijing of an instant: "today" for due dates. */
export function beijingDate(now: Date): string {
  return ymd(new Date(now.getTime() + 8 * 3600_000));
}

export function addDays(date: string, days: number): string {
  return ymd(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** ISO weeks (Monday to Sunday) whose Thursday falls in the year, so each week belongs to exactly one year. */
function weeks(year: number): Period[] {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const out: Period[] = [];
  for (let monday = firstMonday, n = 1; ; n++) {
    const thursday = new Date(monday.getTime() + 3 * 86_400_000);
    if (thursday.getUTCFullYear() !== year) break;
    const start = ymd(monday);
    const end = addDays(start, 6);
    out.push({ key: `${year}-W${pad(n)}`, start, end, due: end });
    monday = new Date(monday.getTime() + 7 * 86_400_000);
  }
  return out;
}

function spans(year: number, months: number, label: (i: number) => string): Period[] {
  const out: Period[] = [];
  for (let i = 0; i < 12 / months; i++) {
    const first = i * months + 1;
    const last = first + months - 1;
    const end = monthEnd(year, last);
    out.push({ key: `${year}-${label(i)}`, start: `${year}-${pad(first)}-01`, end, due: end });
  }
  return out;
}

/**
 * The periods of a task in a year; each is due on its last day. A one-off task has one period
 * from the start of the year to its due date (MM-DD, or a full date in that year).
 */
export function periodsOf(recurrence: Recurrence, year: number, oneOffDue?: string | null): Period[] {
  switch (recurrence) {
    case 'weekly':
      return weeks(year);
    case 'monthly':
      return spans(year, 1, (i) => pad(i + 1));
    case 'quarterly':
      return spans(year, 3, (i) => `Q${i + 1}`);
    case 'half_yearly':
      return spans(year, 6, (i) => `H${i + 1}`);
    case 'yearly':
      return [{ key: `${year}`, start: `${year}-01-01`, end: `${year}-12-31`, due: `${year}-12-31` }];
    case 'none': {
      const due = !oneOffDue ? `${year}-12-31` : oneOffDue.length === 5 ? `${year}-${oneOffDue}` : oneOffDue;
      return [{ key: `${year}-once`, start: `${year}-01-01`, end: due, due }];
    }
  }
}
