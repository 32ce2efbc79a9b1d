import type { Locale } from '@yuqing/common';
import { RULE_ERROR_FRAME, RULE_ERROR_REASONS, type RuleErrorCode, type RuleErrorReason } from './rule-error-messages.js';

export type { RuleErrorCode, RuleErrorReason } from './rule-error-messages.js';

export type RuleErrorParams = Partial<Record<'op' | 'name' | 'outer' | 'max', string | number>>;

/**
 * A rule that cannot be parsed. `position` is the 0-based UTF-16 offset of the offending text in
 * the rule (what a textarea's selectionStart counts; the same as the character count unless the
 * rule holds characters outside the BMP) and `length` how many code units to underline (0 at the
 * end of the rule). The messages count characters from 1, as a person reads them.
 */
export class RuleSyntaxError extends Error {
  override readonly name = 'RuleSyntaxError';
  readonly code: RuleErrorCode;
  /** 1-based: the character a person would count to. */
  readonly characterNumber: number;

  constructor(
    readonly reason: RuleErrorReason,
    readonly position: number,
    readonly length: number,
    readonly params: RuleErrorParams = {},
    /** The rule, to count characters in the message; without it the UTF-16 offset is used. */
    rule?: string,
  ) {
    super('');
    this.code = RULE_ERROR_REASONS[reason].code;
    this.characterNumber = (rule === undefined ? position : [...rule.slice(0, position)].length) + 1;
    this.message = this.messageFor('en');
  }

  messageFor(locale: Locale): string {
    const message = fill(RULE_ERROR_REASONS[this.reason][locale], this.params);
    if (this.reason === 'empty_rule') return message;
    return fill(RULE_ERROR_FRAME[locale], { n: this.characterNumber, message });
  }

  /** The shape an API returns: enough for an editor to underline the span and show the sentence. */
  toDetails(locale: Locale): { code: RuleErrorCode; reason: RuleErrorReason; position: number; length: number; message: string } {
    return { code: this.code, reason: this.reason, position: this.position, length: this.length, message: this.messageFor(locale) };
  }
}

function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined ? whole : String(params[key])));
}
