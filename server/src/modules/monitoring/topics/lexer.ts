import type { Field } from './ast.js';
import { foldWidth } from './normalize.js';
import { RuleSyntaxError } from './rule-error.js';

/**
 * Tokens of the rule language. `text` is the token as written (for messages); spans are UTF-16
 * offsets into the rule. Full-width forms count as their ASCII twins: `（`, `）`, `＂`, `：`, `ＡＮＤ`.
 */
export type Token =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'phrase'; text: string; start: number; end: number }
  | { kind: 'and' | 'or' | 'not'; text: string; start: number; end: number }
  | { kind: 'near'; text: string; distance: number; start: number; end: number }
  | { kind: 'field'; text: string; field: Field; start: number; end: number }
  | { kind: 'lparen' | 'rparen' | 'eof'; text: string; start: number; end: number };

export const MAX_NEAR_DISTANCE = 1000;

/** Opening quote → its closing quote: "…", “…”, 「…」, 『…』. */
const QUOTES = new Map([
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);
const CLOSING_ONLY = new Set(['”', '」', '』']);

/**
 * Operator words, matched on whole words only and case-insensitively: `或许` and `Norway` are
 * terms, `或` and `or` between spaces are operators. Quote a word to search for it: `"AND"`, `"或"`.
 */
const KEYWORDS = new Map<string, 'and' | 'or' | 'not'>([
  ['and', 'and'],
  ['与', 'and'],
  ['or', 'or'],
  ['或', 'or'],
  ['not', 'not'],
  ['非', 'not'],
]);

/** Field names before a colon. ASCII letters before a colon always mean a field (unknown ones are errors). */
const FIELD_NAMES = new Map<string, Field>([
  ['title', 'title'],
  ['text', 'text'],
  ['标题', 'title'],
  ['正文', 'text'],
]);
const FIELD_PREFIX = /^([A-Za-z]+|标题|正文):/;

const isSpace = (c: string) => /\s/.test(c);
const endsWord = (c: string) => isSpace(c) || c === '(' || c === ')' || QUOTES.has(c) || CLOSING_ONLY.has(c);

export function tokenize(rule: string): Token[] {
  const folded = foldWidth(rule);
  const tokens: Token[] = [];
  const fail = (reason: ConstructorParameters<typeof RuleSyntaxError>[0], start: number, length: number, params = {}) =>
    new RuleSyntaxError(reason, start, length, params, rule);
  let i = 0;
  while (i < folded.length) {
    const c = folded[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', text: rule[i], start: i, end: i + 1 });
      i++;
    } else if (QUOTES.has(c)) {
      const close = folded.indexOf(QUOTES.get(c)!, i + 1);
      if (close < 0) throw fail('unclosed_quote', i, 1);
      const inner = rule.slice(i + 1, close).trim();
      if (!inner) throw fail('empty_phrase', i, close + 1 - i);
      tokens.push({ kind: 'phrase', text: inner, start: i, end: close + 1 });
      i = close + 1;
    } else if (CLOSING_ONLY.has(c)) {
      throw fail('stray_close_quote', i, 1);
    } else {
      let j = i;
      while (j < folded.length && !endsWord(folded[j])) j++;
      const word = folded.slice(i, j);
      const prefix = FIELD_PREFIX.exec(word);
      if (prefix) {
        const field = FIELD_NAMES.get(prefix[1].toLowerCase());
        if (!field) throw fail('unknown_field', i, prefix[0].length, { name: rule.slice(i, i + prefix[1].length) });
        const end = i + prefix[0].length;
        tokens.push({ kind: 'field', text: rule.slice(i, end), field, start: i, end });
        i = end;
        continue;
      }
      tokens.push(classify(word, rule.slice(i, j), i, j, fail));
      i = j;
    }
  }
  tokens.push({ kind: 'eof', text: '', start: rule.length, end: rule.length });
  return tokens;
}

function classify(word: string, text: string, start: number, end: number, fail: (reason: 'near_without_distance' | 'near_bad_distance', start: number, length: number, params?: object) => RuleSyntaxError): Token {
  const lower = word.toLowerCase();
  const keyword = KEYWORDS.get(lower);
  if (keyword) return { kind: keyword, text, start, end };
  if (lower === 'near' || lower === 'near/') throw fail('near_without_distance', start, end - start);
  if (lower.startsWith('near/')) {
    const digits = lower.slice(5);
    const distance = Number(digits);
    if (!/^\d{1,5}$/.test(digits) || distance > MAX_NEAR_DISTANCE) throw fail('near_bad_distance', start, end - start, { max: MAX_NEAR_DISTANCE });
    return { kind: 'near', text, distance, start, end };
  }
  return { kind: 'word', text, start, end };
}
