import { DEFAULT_LOCALE, type Locale } from '@yuqing/common';
import { FINDING_MESSAGES, fillTemplate } from './messages.js';

export type Severity = 'block' | 'warn' | 'info';

/** Every rule a finding can come from; the review screen and the CLI print these codes. */
export const RULES = [
  'classification_marking',
  'resident_id',
  'resident_id_suspect',
  'mobile',
  'credit_code',
  'credit_code_suspect',
  'bank_card',
  'formulation',
  'word_list',
  'wrong_character',
  'link_private',
  'link_ip',
  'link_credentials',
  'link_dead',
  'image_gps',
  'image_author',
] as const;
export type Rule = (typeof RULES)[number];

/**
 * One thing the author must fix or justify.
 *
 * `start`/`end` are UTF-16 code-unit offsets into the plain text (JavaScript string indices, which is
 * what the browser's selection and highlighting use); a finding never starts or ends inside a
 * surrogate pair. The CLI converts them to code points. Findings about an image rather than the
 * text (EXIF) carry `start = end = 0`.
 *
 * `text` is what was found, masked when it is personal data (6101**********1234, 138****5678).
 */
export interface Finding {
  rule: Rule;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
  message: string;
  /** What the message was made from besides text and suggestion, so it can be told again in another language. */
  note?: string | null;
  detail?: string;
}

export interface CheckOptions {
  /** Language of `message`; zh-CN unless asked otherwise. */
  locale?: Locale;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Reading order: by position, the wider finding first, the graver first. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule);
}

export interface FindingInput {
  rule: Rule;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  suggestion?: string | null;
  /** A unit's or list's remark, shown after the message. */
  note?: string | null;
  /** Rule-specific detail such as the address a link points to. */
  detail?: string;
}

/** A finding's message in a language: findings are stored once and read in the reader's language. */
export function findingMessage(f: Pick<FindingInput, 'rule' | 'text' | 'suggestion' | 'note' | 'detail'>, locale: Locale = DEFAULT_LOCALE): string {
  const note = f.note ? (locale === 'en' ? ` (${f.note})` : `（${f.note}）`) : '';
  return fillTemplate(FINDING_MESSAGES[f.rule], locale, { text: f.text, suggestion: f.suggestion ?? '', note, detail: f.detail ?? '' });
}

export function createFinding(f: FindingInput, locale: Locale = DEFAULT_LOCALE): Finding {
  const finding: Finding = { rule: f.rule, severity: f.severity, start: f.start, end: f.end, text: f.text, suggestion: f.suggestion ?? null, message: findingMessage(f, locale) };
  if (f.note) finding.note = f.note;
  if (f.detail) finding.detail = f.detail;
  return finding;
}
