/** Heading numbers and dates as Chinese offices write them in official documents. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. Headings never run past the hundreds. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumber: ${n} is outside 1..999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** 一、 / （一） / 1. / （1）: the four levels of GB/T 9704-2012 §7.3.3. */
export function headingLabel(level: HeadingLevel, n: number): string {
  // Past 九百九十九 no office counts in words; a generated document still must not fail.
  const words = n <= 999 ? chineseNumber(n) : String(n);
  switch (level) {
    case 1:
      return `${words}、`;
    case 2:
      return `（${words}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Numbers headings in document order: a heading restarts the count of every level below it. A level
 * that skips one (a 1. straight under 一、) simply counts on its own, as an office would number it.
 */
export function createHeadingCounter(): (level: HeadingLevel) => string {
  const counts = [0, 0, 0, 0];
  return (level) => {
    counts[level - 1] += 1;
    for (let i = level; i < counts.length; i++) counts[i] = 0;
    return headingLabel(level, counts[level - 1]);
  };
}

/**
 * 2026-11-29 → 2026年11月29日: Arabic numerals, no leading zeros (GB/T 9704-2012 §7.3.5.1). Text that
 * is not YYYY-MM-DD (an office may have typed the date out already) is printed as given.
 */
export function officialDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  return m ? `${+m[1]}年${+m[2]}月${+m[3]}日` : date.trim();
}

/** A label the author typed before a heading (「一、」, 「（二）」, 「3.」, 「（4）」), which the engine's own numbers replace. */
const TYPED_LABEL = /^\s*(?:[一二三四五六七八九十百]+\s*、|[（(]\s*[一二三四五六七八九十百]+\s*[）)]|\d+\s*[.．、](?!\d)|[（(]\s*\d+\s*[）)])\s*/;

export function stripTypedLabel(text: string): string {
  return text.replace(TYPED_LABEL, '');
}

/**
 * 发文字号 as GB/T 9704-2012 §7.2.4 writes it: the year in full inside 六角括号 〔〕, the number
 * without leading zeros. Brackets typed on a keyboard ([2026], （2026）, 【2026】) are corrected.
 */
export function normaliseDocNumber(text: string): string {
  return text
    .trim()
    .replace(/[[(（【〔]\s*(\d{4})\s*[\])）】〕]/, '〔$1〕')
    .replace(/〔(\d{4})〕\s*0*(\d+)\s*号/, '〔$1〕$2号');
}
