import { DEFAULT_LOCALE, type Locale } from '@yuqing/common';
import type { RuleSyntaxError } from './rule-error.js';

/**
 * The line of the rule holding the error, a caret line under the offending span, and the message:
 *
 *     (灞桥 OR 灞桥街道) AND (拆迁
 *                            ^
 *     第 18 个字符处：缺少右括号（这个左括号没有闭合）
 *
 * For a monospaced display: Chinese characters take two columns, so the caret is padded by
 * display width, and tabs are copied so they line up too.
 */
export function formatRuleError(rule: string, error: RuleSyntaxError, locale: Locale = DEFAULT_LOCALE): string {
  const position = Math.min(error.position, rule.length);
  const lineStart = rule.lastIndexOf('\n', position - 1) + 1;
  const newline = rule.indexOf('\n', position);
  const lineEnd = newline < 0 ? rule.length : newline;
  const line = rule.slice(lineStart, lineEnd).replace(/\r$/, '');
  const before = rule.slice(lineStart, position);
  const span = rule.slice(position, Math.min(position + error.length, lineEnd));
  const pad = [...before].map((c) => (c === '\t' ? '\t' : ' '.repeat(displayWidth(c)))).join('');
  const carets = '^'.repeat(Math.max(1, [...span].reduce((w, c) => w + displayWidth(c), 0)));
  return `${line}\n${pad}${carets}\n${error.messageFor(locale)}`;
}

/** East Asian wide and full-width ranges: two columns each in a monospaced font. */
const WIDE: [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0xa4cf], // kana … CJK unified ideographs … Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extensions B …
];

export function displayWidth(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  return cp >= 0x1100 && WIDE.some(([from, to]) => cp >= from && cp <= to) ? 2 : 1;
}
