import { describe, expect, it } from 'vitest';
import { displayWidth, formatRuleError } from './format-rule-error.js';
import { parseRule } from './parser.js';
import { RuleSyntaxError } from './rule-error.js';

function format(rule: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  try {
    parseRule(rule);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return formatRuleError(rule, error, locale);
    throw error;
  }
  throw new Error('expected an error');
}

describe('formatRuleError', () => {
  it.each<[string, string, string]>([
    ['(灞桥 OR 灞桥街道) AND (拆迁', 'zh-CN', '(灞桥 OR 灞桥街道) AND (拆迁\n' + ' '.repeat(23) + '^\n第 18 个字符处：缺少右括号（这个左括号没有闭合）'],
    ['灞桥 OR', 'en', '灞桥 OR\n     ^^\nat character 4: OR has no word after it'],
    ['abc NEAR/x d', 'en', 'abc NEAR/x d\n    ^^^^^^\nat character 5: the NEAR distance must be a whole number from 0 to 1000, e.g. NEAR/5'],
    ['灞桥\n拆迁 AND\n投诉 OR', 'en', '投诉 OR\n     ^^\nat character 14: OR has no word after it'],
    ['灞桥\t(拆迁', 'en', '灞桥\t(拆迁\n    \t^\nat character 4: missing closing parenthesis (this one is never closed)'],
    ['', 'zh-CN', '\n^\n规则为空'],
    ['灞桥 「」', 'en', '灞桥 「」\n     ^^^^\nat character 4: nothing inside the quotes'],
  ])('%s', (rule, locale, expected) => expect(format(rule, locale as 'zh-CN' | 'en')).toBe(expected));

  it.each<[string, number]>([
    ['a', 1],
    ['灞', 2],
    ['（', 2],
    ['Ａ', 2],
    ['。', 2],
    ['𠀀', 2],
    ['é', 1],
  ])('width of %s is %i', (c, width) => expect(displayWidth(c)).toBe(width));
});
