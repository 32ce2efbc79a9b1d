/**
 * Feed dates as publishers really write them: RFC 822 (`Wed, 03 Jan 2018 14:11:52 GMT`, two-digit
 * years, `1500` without a colon), Java's `Tue Sep 18 14:38:10 CST 2018`, ISO 8601 / W3C-DTF, and
 * the Chinese `2018-09-18 14:38:10` or `2018年9月18日 14:38`. Date.parse is not used: what it
 * accepts and which zone it assumes differ between engines and machines.
 */

/** China Standard Time (common's TIME_ZONE, Asia/Shanghai), which has kept no daylight saving since 1991. */
const CHINA_OFFSET = 8 * 60;

/**
 * Named zones in minutes east of UTC. CST is China Standard Time, not US Central: Chinese servers
 * (Java's Date.toString above all) write CST for +08:00, and those are the feeds Yuqing reads.
 */
const ZONES: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0,
  CST: CHINA_OFFSET, BJT: CHINA_OFFSET, CCT: CHINA_OFFSET, HKT: CHINA_OFFSET, SGT: CHINA_OFFSET, AWST: CHINA_OFFSET,
  JST: 540, KST: 540, IST: 330, MSK: 180, CET: 60, CEST: 120, MET: 60, MEST: 120, WET: 0, WEST: 60, EET: 120, EEST: 180, BST: 60,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, HST: -600,
  AEST: 600, AEDT: 660,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC; absent means the feed named no zone, and China's is assumed. */
  offset?: number;
}

/** `+0800`, `+08:00`, `-5`, `GMT+8`, `UTC+08:00`, or a zone name. */
function zoneOffset(token: string): number | undefined {
  const m = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(token);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  }
  return ZONES[token.toUpperCase()];
}

/** Two-digit years as RFC 2822 reads them: 00–49 are 20xx, 50–99 are 19xx. */
const fullYear = (y: string) => (y.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y));

const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?$/;

function numericParts(s: string): Parts | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const offset = m[8] === undefined ? undefined : zoneOffset(m[8]);
  if (m[8] !== undefined && offset === undefined) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return { year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), ms, offset };
}

/** RFC 822 and its relatives: tokens in any order, each recognised by its shape. */
function textualParts(s: string): Parts | null {
  let year: number | undefined, month: number | undefined, day: number | undefined, time: number[] | undefined, offset: number | undefined;
  for (const token of s.split(/[\s,]+/).filter(Boolean)) {
    const monthIndex = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(token);
    if (WEEKDAY.test(token)) continue;
    if (/^[a-z]{3,9}\.?$/i.test(token) && monthIndex >= 0 && month === undefined) month = monthIndex + 1;
    else if (clock) time = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    else if (/^\d{1,2}$/.test(token) && day === undefined) day = Number(token);
    else if (/^\d{2}$|^\d{4}$/.test(token) && year === undefined) year = fullYear(token);
    else if (/^\d{4}$/.test(token) && time === undefined) time = [Number(token.slice(0, 2)), Number(token.slice(2)), 0];
    else if (zoneOffset(token) !== undefined && offset === undefined) offset = zoneOffset(token);
    else return null;
  }
  if (year === undefined || month === undefined || day === undefined) return null;
  const [hour, minute, second] = time ?? [0, 0, 0];
  return { year, month, day, hour, minute, second, ms: 0, offset };
}

function toIso(p: Parts): string | null {
  const valid = p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= 31 && p.hour <= 24 && p.minute <= 59 && p.second <= 60 && p.year >= 1900 && p.year <= 9999;
  if (!valid) return null;
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  // 31 February is not quietly 3 March.
  if (new Date(local).getUTCDate() !== p.day && !(p.hour === 24 || p.second === 60)) return null;
  return new Date(local - (p.offset ?? CHINA_OFFSET) * 60_000).toISOString();
}

/** The date as ISO 8601 in UTC (`2018-09-18T06:38:10.000Z`), or null when it cannot be read for certain. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // NFKC turns full-width digits and colons into ASCII; 年/月/日 become the separators ISO uses.
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/(\d)\s*年\s*(\d)/, '$1-$2')
    .replace(/(\d)\s*月\s*(\d)/, '$1-$2')
    .replace(/(\d)\s*日/, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > 64) return null;
  const parts = numericParts(s) ?? textualParts(s);
  return parts ? toIso(parts) : null;
}

/** The first value that is a readable date: an unreadable pubDate does not hide a good dc:date. */
export function firstFeedDate(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = parseFeedDate(value);
    if (date) return date;
  }
  return null;
}
