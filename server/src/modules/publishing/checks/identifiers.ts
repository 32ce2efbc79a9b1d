import type { CheckOptions, Finding, Rule, Severity } from './finding.js';
import { createFinding } from './finding.js';
import { validateCreditCode } from './credit-code.js';
import { luhnValid } from './luhn.js';
import { maskMiddle } from './mask.js';
import { numberCandidates, type NumberCandidate } from './number-runs.js';
import { validateResidentId } from './resident-id.js';
import { foldWidth } from './text-fold.js';

/*
 * Personal and registration identifiers. Severities:
 *   resident_id — block: a valid 18-digit number, or a 15-digit one with a valid region and date;
 *   resident_id_suspect — warn: 18 characters with a valid province and birth date whose check
 *     digit is wrong, most likely a mistyped ID (the issue asks not to ignore these);
 *   bank_card — block: 16–19 digits passing Luhn, with an issuer prefix and length cards have;
 *   mobile — warn: 1[3-9] and nine digits, optionally +86; offices publish their own numbers on
 *     purpose, so the author confirms rather than being stopped;
 *   credit_code — info: a valid unified social credit code names an organisation and is public in
 *     the national enterprise credit system; credit_code_suspect — warn: the shape fits but the
 *     check character does not (some early codes fail; a typo is likelier). Codes that are all
 *     digits are only taken when their check passes, since long order numbers are all digits too.
 * One stretch of digits is one finding: when candidates overlap, the likelier reading wins.
 */

export interface IdentifierOptions extends CheckOptions {
  /** The day against which birth dates must lie in the past; today by default. */
  today?: Date;
}

interface Hit {
  rule: Rule;
  severity: Severity;
  start: number;
  end: number;
  masked: string;
  /** Higher wins when hits overlap. */
  rank: number;
}

/**
 * Card number lengths by issuer prefix, as cards issued in China come: UnionPay (62) and older
 * domestic debit cards (60) 16–19 digits, Visa 16 or 19, Mastercard and JCB 16, the old 19-digit
 * domestic cards starting with 9. Any long number passes Luhn one time in ten; requiring a prefix
 * and its length keeps 18-digit case and order numbers out.
 */
const CARD_SHAPES = [/^6[02]\d{14,17}$/, /^4(?:\d{15}|\d{18})$/, /^5[1-5]\d{14}$/, /^35\d{14}$/, /^9\d{18}$/];
/**
 * A number directly followed by a unit of money or a percentage, or preceded by a currency sign, is
 * an amount: 15000000000元. Only units that cannot start the next word: 人, 个 or 台 could (人大, 台账).
 */
const QUANTITY_AFTER = /^\s?[元万亿%‰]/;
const CURRENCY_BEFORE = /[¥￥$]\s?$/;

function isAmount(folded: string, c: NumberCandidate): boolean {
  return QUANTITY_AFTER.test(folded.slice(c.end, c.end + 2)) || CURRENCY_BEFORE.test(folded.slice(Math.max(0, c.start - 2), c.start));
}

function classify(folded: string, c: NumberCandidate, today: Date): Hit | null {
  const v = c.value;
  const at = (rule: Rule, severity: Severity, masked: string, rank: number, start = c.start): Hit => ({ rule, severity, start, end: c.end, masked, rank });
  if (v.length === 18) {
    const id = validateResidentId(v, today);
    if (id.valid) return at('resident_id', 'block', maskMiddle(v, 4, 4), 6);
    if (id.reason === 'check_digit') return at('resident_id_suspect', 'warn', maskMiddle(v, 4, 4), 2);
    if (validateCreditCode(v).valid) return at('credit_code', 'info', v, 3);
  }
  if (v.length === 15 && validateResidentId(v, today).valid) return at('resident_id', 'block', maskMiddle(v, 4, 4), 5);
  if (isAmount(folded, c) || v.endsWith('X')) return null;
  if (CARD_SHAPES.some((shape) => shape.test(v)) && luhnValid(v)) return at('bank_card', 'block', maskMiddle(v, 4, 4), 5);
  if (v.length === 11 && /^1[3-9]/.test(v)) return at('mobile', 'warn', maskMiddle(v, 3, 4), 4);
  if (v.length === 13 && /^861[3-9]/.test(v)) return at('mobile', 'warn', `+86${maskMiddle(v.slice(2), 3, 4)}`, 4, c.plus ? c.start - 1 : c.start);
  return null;
}

/**
 * Codes with letters never reach the digit scanner (a letter breaks a digit group), so they are
 * read here; 17 digits and a digit or X were already read there.
 */
function creditCodesWithLetters(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of folded.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g)) {
    if (/^\d{17}[\dX]$/.test(m[0])) continue;
    const verdict = validateCreditCode(m[0]);
    if (verdict.valid) hits.push({ rule: 'credit_code', severity: 'info', start: m.index, end: m.index + 18, masked: m[0], rank: 3 });
    else if (verdict.reason === 'check_char') hits.push({ rule: 'credit_code_suspect', severity: 'warn', start: m.index, end: m.index + 18, masked: m[0], rank: 1 });
  }
  return hits;
}

const stronger = (a: Hit, b: Hit) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start;

/**
 * Overlapping hits are readings of the same digits: in each cluster of overlapping hits the
 * strongest (rank, then length) wins. Clusters are tiny, so this stays linear in the text.
 */
function resolve(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start);
  const kept: Hit[] = [];
  let cluster: Hit[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const chosen: Hit[] = [];
    for (const h of cluster.sort(stronger)) if (!chosen.some((k) => h.start < k.end && k.start < h.end)) chosen.push(h);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const h of hits) {
    if (h.start >= clusterEnd) {
      flush();
      cluster = [];
    }
    cluster.push(h);
    clusterEnd = Math.max(clusterEnd, h.end);
  }
  flush();
  return kept;
}

export function checkIdentifiers(text: string, options: IdentifierOptions = {}): Finding[] {
  const folded = foldWidth(text);
  const today = options.today ?? new Date();
  const hits = numberCandidates(folded).flatMap((c) => classify(folded, c, today) ?? []);
  return resolve([...hits, ...creditCodesWithLetters(folded)]).map((h) => createFinding({ rule: h.rule, severity: h.severity, start: h.start, end: h.end, text: h.masked }, options.locale));
}
