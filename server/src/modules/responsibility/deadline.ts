import type { Recurrence } from '@yuqing/common';

export interface Deadline {
  recurrence: Recurrence;
  /** For a one-off task, YYYY-MM-DD. */
  dueDate: string | null;
}

const RECURRING: [RegExp, Recurrence][] = [
  [/每周|每七天|周一/, 'weekly'],
  [/每月|按月|每个月/, 'monthly'],
  [/每季度?|按季|季度/, 'quarterly'],
  [/每半年|半年|上半年和下半年/, 'half_yearly'],
  [/每年|全年|年度|长期|常态/, 'yearly'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function date(y: number, m: number, d: number | 'end'): string | null {
  if (m < 1 || m > 12) return null;
  const day = d === 'end' ? lastDay(y, m) : d;
  if (day < 1 || day > lastDay(y, m)) return null;
  return `${y}-${pad(m)}-${pad(day)}`;
}

/**
 * Reads 完成时限 as offices write it: 2026-03-31, 2026/3/31, 2026年3月31日, 2026年3月 (month
 * end), 3月底, 3月31日前, 6月中旬, 年底, or a rhythm (每季度, 每半年, 全年). Dates without a year
 * fall in the plan's year. Returns null for what it cannot read.
 */
export function parseDeadline(input: string, year: number): Deadline | null {
  const text = input.trim().replace(/\s+/g, '').replace(/[（(].*?[)）]/g, '');
  if (!text) return null;
  const once = (dueDate: string | null): Deadline | null => (dueDate ? { recurrence: 'none', dueDate } : null);

  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:前|之前|以前)?$/.exec(text);
  if (m) return once(date(+m[1], +m[2], +m[3]));
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前|以前)?$/.exec(text);
  if (m) return once(date(m[1] ? +m[1] : year, +m[2], +m[3]));
  m = /^(?:(\d{4})[年-])?(\d{1,2})月?(底|末|份|中旬|上旬|下旬|前|内)?$/.exec(text);
  if (m && (m[1] || m[3] || text.includes('月'))) {
    const y = m[1] ? +m[1] : year;
    const part = m[3];
    const day = part === '上旬' ? 10 : part === '中旬' ? 20 : 'end';
    return once(date(y, +m[2], day));
  }
  if (/^(?:(\d{4})年)?(年底|年末|年内|12月底)$/.test(text)) return once(date(+(/^\d{4}/.exec(text)?.[0] ?? year), 12, 'end'));
  if (/^(上半年|6月底前)$/.test(text)) return once(date(year, 6, 'end'));
  for (const [re, recurrence] of RECURRING) if (re.test(text)) return { recurrence, dueDate: null };
  return null;
}

/** How a task's deadline is written back into the offices' sheet. */
export function formatDeadline(recurrence: Recurrence, dueDate: string | null): string {
  const words: Record<Exclude<Recurrence, 'none'>, string> = { weekly: '每周', monthly: '每月', quarterly: '每季度', half_yearly: '每半年', yearly: '全年' };
  if (recurrence !== 'none') return words[recurrence];
  return dueDate ?? '';
}
