/**
 * Report periods as the offices name them: a year (2026), a half (2026H1, 2026H2) or a quarter
 * (2026Q1..Q4), on the Asia/Shanghai calendar. China keeps no daylight saving, so a Beijing
 * midnight is always 16:00 UTC of the day before.
 */
export type PeriodKind = 'year' | 'half' | 'quarter';

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** First Beijing calendar day and the day after the last, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  /** The same bounds as UTC instants, for timestamp columns: start ≤ t < end. */
  start: string;
  end: string;
  /** 2026年上半年, 2026年第三季度, 2026年. */
  label: string;
  labelEn: string;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
const QUARTER_NAMES = ['一', '二', '三', '四'];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m0: number) => (m0 === 12 ? `${y + 1}-01-01` : `${y}-${pad(m0 + 1)}-01`);
const instant = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS).toISOString();

/** The period a code names, or null when it names none. */
export function parsePeriod(code: string): Period | null {
  const m = /^(\d{4})(?:([HQ])([1-4]))?$/.exec(code.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  let kind: PeriodKind = 'year';
  let first = 0;
  let months = 12;
  let label = `${year}年`;
  let labelEn = `${year}`;
  if (m[2] === 'H') {
    const n = Number(m[3]);
    if (n > 2) return null;
    [kind, first, months] = ['half', (n - 1) * 6, 6];
    label = `${year}年${n === 1 ? '上' : '下'}半年`;
    labelEn = `${n === 1 ? 'first' : 'second'} half of ${year}`;
  } else if (m[2] === 'Q') {
    const n = Number(m[3]);
    [kind, first, months] = ['quarter', (n - 1) * 3, 3];
    label = `${year}年第${QUARTER_NAMES[n - 1]}季度`;
    labelEn = `Q${n} ${year}`;
  }
  const startDate = day(year, first);
  const endDate = day(year, first + months);
  return { code: `${year}${m[2] ?? ''}${m[3] ?? ''}`, kind, year, startDate, endDate, start: instant(startDate), end: instant(endDate), label, labelEn };
}

/** The Beijing calendar day of an instant, YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The period just before: 2026Q1 → 2025Q4, 2026H2 → 2026H1, 2026 → 2025. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return parsePeriod(String(p.year - 1))!;
  const n = Number(p.code.slice(5));
  const letter = p.kind === 'half' ? 'H' : 'Q';
  return parsePeriod(n === 1 ? `${p.year - 1}${letter}${p.kind === 'half' ? 2 : 4}` : `${p.year}${letter}${n - 1}`)!;
}
