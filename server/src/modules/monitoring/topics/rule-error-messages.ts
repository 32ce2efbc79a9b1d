import type { Locale } from '@yuqing/common';

/**
 * Why a rule was refused. Each reason belongs to one `RuleErrorCode` (what a client branches on);
 * the reason picks the sentence. `{op}`, `{name}`, `{outer}` and `{max}` are filled per error.
 */
export const RULE_ERROR_REASONS = {
  empty_rule: { code: 'empty_rule', 'zh-CN': '规则为空', en: 'the rule is empty' },
  unclosed_paren: { code: 'unbalanced_paren', 'zh-CN': '缺少右括号（这个左括号没有闭合）', en: 'missing closing parenthesis (this one is never closed)' },
  extra_close_paren: { code: 'unbalanced_paren', 'zh-CN': '多余的右括号（前面没有对应的左括号）', en: 'closing parenthesis without an opening one' },
  empty_group: { code: 'unexpected_token', 'zh-CN': '括号里没有内容', en: 'nothing inside the parentheses' },
  nothing_before: { code: 'dangling_operator', 'zh-CN': '{op} 前面缺少词语', en: '{op} has no word before it' },
  nothing_after: { code: 'dangling_operator', 'zh-CN': '{op} 后面缺少词语', en: '{op} has no word after it' },
  field_without_operand: {
    code: 'dangling_operator',
    'zh-CN': '字段 {op} 后面应紧跟一个词、带引号的短语或括号',
    en: 'field {op} must be followed by a word, a quoted phrase or parentheses',
  },
  empty_phrase: { code: 'empty_phrase', 'zh-CN': '引号里没有内容', en: 'nothing inside the quotes' },
  unclosed_quote: { code: 'unclosed_quote', 'zh-CN': '缺少右引号（这个引号没有闭合）', en: 'missing closing quote (this one is never closed)' },
  stray_close_quote: { code: 'unexpected_token', 'zh-CN': '多余的右引号（前面没有对应的左引号）', en: 'closing quote without an opening one' },
  near_without_distance: { code: 'bad_near', 'zh-CN': 'NEAR 后要写距离，例如 NEAR/5', en: 'NEAR needs a distance, e.g. NEAR/5' },
  near_bad_distance: {
    code: 'bad_near',
    'zh-CN': 'NEAR 的距离应是 0 到 {max} 之间的整数，例如 NEAR/5',
    en: 'the NEAR distance must be a whole number from 0 to {max}, e.g. NEAR/5',
  },
  near_operands: {
    code: 'bad_near',
    'zh-CN': '{op} 两边应各是一个词或带引号的短语；要限定字段，请写成 title:(甲 {op} 乙)',
    en: '{op} needs one word or quoted phrase on each side; to scope it to a field, write title:(a {op} b)',
  },
  unknown_field: {
    code: 'unknown_field',
    'zh-CN': '没有「{name}」这个字段，可用的字段是 title（标题）和 text（正文）；要查找带冒号的词，请给它加引号',
    en: 'there is no field "{name}"; the fields are title and text; to search for a word with a colon, put it in quotes',
  },
  nested_field: {
    code: 'unexpected_token',
    'zh-CN': '字段 {name} 不能写在字段 {outer} 的括号里',
    en: 'field {name} cannot be used inside field {outer}',
  },
  too_long: {
    code: 'too_complex',
    'zh-CN': '规则太长，最多 {max} 个字符',
    en: 'the rule is too long: at most {max} characters',
  },
  too_deep: {
    code: 'too_complex',
    'zh-CN': '括号和 NOT 嵌套太深，最多 {max} 层',
    en: 'parentheses and NOTs are nested too deeply: at most {max} levels',
  },
  negative_only: {
    code: 'negative_only',
    'zh-CN': '规则只有排除条件，不含任何关键词的信息也会命中；请至少加一个必须出现的词',
    en: 'the rule only excludes: items that mention none of its words would match; add a word that must appear',
  },
} as const satisfies Record<string, { code: string } & Record<Locale, string>>;

export type RuleErrorReason = keyof typeof RULE_ERROR_REASONS;
export type RuleErrorCode = (typeof RULE_ERROR_REASONS)[RuleErrorReason]['code'];

/** `{n}` is the 1-based character number a person counts to; `{message}` the sentence above. */
export const RULE_ERROR_FRAME: Record<Locale, string> = {
  'zh-CN': '第 {n} 个字符处：{message}',
  en: 'at character {n}: {message}',
};
