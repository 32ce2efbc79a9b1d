import type { Locale } from '@yuqing/common';

/** The fields of a zod issue that the reason needs; zod's own messages are English only. */
export interface IssueLike {
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

const zh = {
  required: '必填',
  expected: (t: string) => `应为${typeNames[t]?.['zh-CN'] ?? t}`,
  tooShortString: (n: unknown) => `至少 ${n} 个字符`,
  tooLongString: (n: unknown) => `最多 ${n} 个字符`,
  tooSmall: (n: unknown) => `不能小于 ${n}`,
  tooBig: (n: unknown) => `不能大于 ${n}`,
  tooFewItems: (n: unknown) => `至少 ${n} 项`,
  tooManyItems: (n: unknown) => `最多 ${n} 项`,
  format: '格式不正确',
  oneOf: (v: string) => `只能是以下之一：${v}`,
  invalid: '取值无效',
};
const en: typeof zh = {
  required: 'is required',
  expected: (t) => `must be ${typeNames[t]?.en ?? t}`,
  tooShortString: (n) => `needs at least ${n} characters`,
  tooLongString: (n) => `allows at most ${n} characters`,
  tooSmall: (n) => `must be at least ${n}`,
  tooBig: (n) => `must be at most ${n}`,
  tooFewItems: (n) => `needs at least ${n} items`,
  tooManyItems: (n) => `allows at most ${n} items`,
  format: 'has the wrong format',
  oneOf: (v) => `must be one of: ${v}`,
  invalid: 'is invalid',
};

const typeNames: Record<string, Record<Locale, string>> = {
  string: { 'zh-CN': '文本', en: 'a string' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'an integer' },
  boolean: { 'zh-CN': '是/否', en: 'true or false' },
  array: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '对象', en: 'an object' },
};

export function localizeIssue(issue: IssueLike, locale: Locale): string {
  const m = locale === 'en' ? en : zh;
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      return p.received === 'undefined' || /received undefined/.test(issue.message) ? m.required : m.expected(String(p.expected));
    case 'too_small':
      if (p.origin === 'string') return m.tooShortString(p.minimum);
      if (p.origin === 'array') return m.tooFewItems(p.minimum);
      return m.tooSmall(p.minimum);
    case 'too_big':
      if (p.origin === 'string') return m.tooLongString(p.maximum);
      if (p.origin === 'array') return m.tooManyItems(p.maximum);
      return m.tooBig(p.maximum);
    case 'invalid_format':
      return m.format;
    case 'invalid_value':
      return Array.isArray(p.values) ? m.oneOf(p.values.join(', ')) : m.invalid;
    default:
      return m.invalid;
  }
}
