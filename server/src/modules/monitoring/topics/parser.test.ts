import { describe, expect, it } from 'vitest';
import type { RuleNode } from './ast.js';
import { parseRule } from './parser.js';
import { printRule } from './print-rule.js';
import { RuleSyntaxError, type RuleErrorCode } from './rule-error.js';

/** The tree without spans, to compare shapes. */
export function shape(node: RuleNode): unknown {
  switch (node.type) {
    case 'term':
      return node.phrase ? `"${node.text}"` : node.text;
    case 'near':
      return ['near', node.distance, shape(node.left), shape(node.right)];
    case 'and':
    case 'or':
      return [node.type, ...node.children.map(shape)];
    case 'not':
      return ['not', shape(node.child)];
    case 'field':
      return [node.field, shape(node.child)];
  }
}

describe('parseRule: valid rules, printed back canonically', () => {
  it.each<[string, string]>([
    ['灞桥', '灞桥'],
    ['灞桥 拆迁', '灞桥 AND 拆迁'],
    ['(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘', '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘'],
    ['(灞桥 OR 灞桥街道) (拆迁 OR 投诉) AND NOT 招聘', '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘'],
    ['a and b or c', 'a AND b OR c'],
    ['a Or b AnD c', 'a OR b AND c'],
    ['(a OR b) c', '(a OR b) AND c'],
    ['A AND B NOT C', 'A AND B NOT C'],
    ['a OR b NOT c', 'a OR b NOT c'],
    ['NOT 招聘 灞桥', 'NOT 招聘 AND 灞桥'],
    ['灞桥 AND NOT 招聘', '灞桥 NOT 招聘'],
    ['灞桥 或 拆迁', '灞桥 OR 拆迁'],
    ['灞桥 与 拆迁 非 招聘', '灞桥 AND 拆迁 NOT 招聘'],
    ['或许 灞桥或拆迁 非法', '或许 AND 灞桥或拆迁 AND 非法'],
    ['"new york" OR “灞桥 街道”', '"new york" OR "灞桥 街道"'],
    ['「说 "好"」', '「说 "好"」'],
    ['『AND』 "或"', '"AND" AND "或"'],
    ['"  灞桥  "', '"灞桥"'],
    ['灞桥 NEAR/5 拆迁', '灞桥 NEAR/5 拆迁'],
    ['灞桥 near/05 拆迁', '灞桥 NEAR/5 拆迁'],
    ['"灞桥街道" NEAR/10 "强制 拆迁"', '"灞桥街道" NEAR/10 "强制 拆迁"'],
    ['灞桥 NEAR/0 拆迁 投诉', '灞桥 NEAR/0 拆迁 AND 投诉'],
    ['title:灞桥', 'title:灞桥'],
    ['TITLE:(灞桥 OR 灞桥街道) 拆迁', 'title:(灞桥 OR 灞桥街道) AND 拆迁'],
    ['标题：灞桥 正文:拆迁', 'title:灞桥 AND text:拆迁'],
    ['text:"强制 拆迁"', 'text:"强制 拆迁"'],
    ['title:(灞桥 NEAR/3 拆迁)', 'title:(灞桥 NEAR/3 拆迁)'],
    ['title:(NOT 招聘) 灞桥', 'title:(NOT 招聘) AND 灞桥'],
    ['title:(a OR title:b)', 'title:(a OR b)'],
    ['（灞桥 OR 灞桥街道）ＡＮＤ　拆迁', '(灞桥 OR 灞桥街道) AND 拆迁'],
    ['((a))', 'a'],
    ['(a AND b) AND c', 'a AND b AND c'],
    ['a OR (b OR c)', 'a OR b OR c'],
    ['a AND (b OR c) OR d', 'a AND (b OR c) OR d'],
    ['NOT (a OR b) c', 'NOT (a OR b) AND c'],
    ['a NOT NOT b', 'a NOT NOT b'],
    ['NOT a NEAR/2 b c', 'NOT a NEAR/2 b AND c'],
    ['COVID-19 12:30 nearby Norway android', 'COVID-19 AND 12:30 AND nearby AND Norway AND android'],
    ['灞桥\n拆迁\t投诉', '灞桥 AND 拆迁 AND 投诉'],
  ])('%s', (rule, canonical) => {
    const ast = parseRule(rule);
    expect(printRule(ast)).toBe(canonical);
    expect(shape(parseRule(canonical))).toEqual(shape(ast));
  });

  it.each<[string, unknown]>([
    ['A AND B NOT C', ['and', 'A', 'B', ['not', 'C']]],
    ['A OR B NOT C', ['or', 'A', ['and', 'B', ['not', 'C']]]],
    ['A OR B C', ['or', 'A', ['and', 'B', 'C']]],
    ['NOT A B', ['and', ['not', 'A'], 'B']],
    ['X NOT A NEAR/3 B', ['and', 'X', ['not', ['near', 3, 'A', 'B']]]],
    ['(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘', ['and', ['or', '灞桥', '灞桥街道'], ['or', '拆迁', '投诉'], ['not', '招聘']]],
    ['title:(a OR b) c', ['and', ['title', ['or', 'a', 'b']], 'c']],
  ])('precedence: %s', (rule, expected) => expect(shape(parseRule(rule))).toEqual(expected));

  it('keeps spans into the rule as written', () => {
    const ast = parseRule('灞桥 NOT 招聘');
    expect(ast).toMatchObject({ type: 'and', start: 0, end: 9, children: [{ start: 0, end: 2 }, { type: 'not', start: 3, end: 9 }] });
  });
});

describe('parseRule: errors name their position', () => {
  it.each<[string, string, RuleErrorCode, number, number]>([
    ['empty', '', 'empty_rule', 0, 0],
    ['blank', '   ', 'empty_rule', 3, 0],
    ['unclosed (', '(灞桥 OR 拆迁', 'unbalanced_paren', 0, 1],
    ['inner unclosed (', '灞桥 (拆迁 OR (投诉)', 'unbalanced_paren', 3, 1],
    ['( at the end', '灞桥 (', 'unbalanced_paren', 3, 1],
    ['extra )', '灞桥 OR 拆迁)', 'unbalanced_paren', 8, 1],
    ['stray ) in the middle', '灞桥 ) 拆迁', 'unbalanced_paren', 3, 1],
    ['OR at the end', '灞桥 OR', 'dangling_operator', 3, 2],
    ['OR at the start', 'OR 灞桥', 'dangling_operator', 0, 2],
    ['AND OR', '灞桥 AND OR 拆迁', 'dangling_operator', 3, 3],
    ['NOT alone', 'NOT', 'dangling_operator', 0, 3],
    ['NOT at the end', '灞桥 NOT', 'dangling_operator', 3, 3],
    ['AND before )', '(灞桥 AND) 拆迁', 'dangling_operator', 4, 3],
    ['OR after (', '(OR 拆迁)', 'dangling_operator', 1, 2],
    ['或 at the end', '灞桥 或', 'dangling_operator', 3, 1],
    ['field with nothing', 'title:', 'dangling_operator', 0, 6],
    ['field before OR', 'title: OR 灞桥', 'dangling_operator', 0, 6],
    ['field before NOT', 'title:NOT 灞桥', 'dangling_operator', 0, 6],
    ['empty quotes', '""', 'empty_phrase', 0, 2],
    ['blank Chinese quotes', '灞桥 “ ”', 'empty_phrase', 3, 3],
    ['empty corner quotes', '灞桥 「」', 'empty_phrase', 3, 2],
    ['unclosed quote', '灞桥 "拆迁', 'unclosed_quote', 3, 1],
    ['unclosed “', '“灞桥', 'unclosed_quote', 0, 1],
    ['stray closing quote', '灞桥 拆迁」', 'unexpected_token', 5, 1],
    ['NEAR without distance', '灞桥 NEAR 拆迁', 'bad_near', 3, 4],
    ['NEAR/ without number', '灞桥 NEAR/ 拆迁', 'bad_near', 3, 5],
    ['NEAR/x', '灞桥 NEAR/x 拆迁', 'bad_near', 3, 6],
    ['NEAR/-1', '灞桥 NEAR/-1 拆迁', 'bad_near', 3, 7],
    ['NEAR too far', '灞桥 NEAR/1001 拆迁', 'bad_near', 3, 9],
    ['NEAR at the start', 'NEAR/5 拆迁', 'bad_near', 0, 6],
    ['NEAR at the end', '灞桥 NEAR/5', 'bad_near', 3, 6],
    ['NEAR after a group', '(灞桥 OR 灞桥街道) NEAR/5 拆迁', 'bad_near', 13, 6],
    ['NEAR before a group', '拆迁 NEAR/5 (灞桥 OR 灞桥街道)', 'bad_near', 3, 6],
    ['chained NEAR', 'a NEAR/5 b NEAR/5 c', 'bad_near', 11, 6],
    ['NEAR after a scoped term', 'title:灞桥 NEAR/5 拆迁', 'bad_near', 9, 6],
    ['NEAR after NOT term', 'NOT 灞桥 NEAR/5', 'bad_near', 7, 6],
    ['author: (no such field)', 'author:张三', 'unknown_field', 0, 7],
    ['a URL', '灞桥 http://x.cn', 'unknown_field', 3, 5],
    ['empty parentheses', '()', 'unexpected_token', 1, 1],
    ['empty parentheses after a term', '灞桥 ()', 'unexpected_token', 4, 1],
    ['text: inside title:', 'title:(text:灞桥)', 'unexpected_token', 7, 5],
    ['only NOT', 'NOT 招聘', 'negative_only', 0, 6],
    ['OR NOT', '灞桥 OR NOT 招聘', 'negative_only', 6, 6],
    ['NOT of NOT of NOT', '灞桥 OR NOT NOT NOT 招聘', 'negative_only', 6, 14],
    ['too long', `灞桥 ${'拆迁 '.repeat(1400)}`, 'too_complex', 4000, 203],
    ['too deep', `${'('.repeat(33)}灞桥${')'.repeat(33)}`, 'too_complex', 32, 1],
    ['too many NOTs', `灞桥 ${'NOT '.repeat(40)}招聘`, 'too_complex', 131, 3],
  ])('%s: %s', (_name, rule, code, position, length) => {
    const error = catchError(rule);
    expect({ code: error.code, position: error.position, length: error.length }).toEqual({ code, position, length });
  });

  it('says where, in Chinese and English, counting characters from 1', () => {
    const error = catchError('(灞桥 OR 灞桥街道) AND (拆迁');
    expect(error.messageFor('zh-CN')).toBe('第 18 个字符处：缺少右括号（这个左括号没有闭合）');
    expect(error.messageFor('en')).toBe('at character 18: missing closing parenthesis (this one is never closed)');
    expect(error.message).toBe(error.messageFor('en'));
    expect(catchError('灞桥 AND OR 拆迁').messageFor('zh-CN')).toBe('第 4 个字符处：AND 后面缺少词语');
    expect(catchError('灞桥 NEAR/x 拆迁').messageFor('en')).toBe('at character 4: the NEAR distance must be a whole number from 0 to 1000, e.g. NEAR/5');
    expect(catchError('author:张三').messageFor('zh-CN')).toContain('没有「author」这个字段');
    expect(catchError('').messageFor('zh-CN')).toBe('规则为空');
  });

  it('counts a character outside the BMP as one character, but reports UTF-16 offsets', () => {
    const error = catchError('𠀀 (灞桥');
    expect(error.position).toBe(3);
    expect(error.characterNumber).toBe(3);
  });

  it('accepts nesting up to the limit', () => {
    expect(printRule(parseRule(`${'('.repeat(32)}灞桥${')'.repeat(32)}`))).toBe('灞桥');
  });

  it('gives the details an API returns', () => {
    expect(catchError('灞桥 OR').toDetails('en')).toEqual({
      code: 'dangling_operator',
      reason: 'nothing_after',
      position: 3,
      length: 2,
      message: 'at character 4: OR has no word after it',
    });
  });
});

function catchError(rule: string): RuleSyntaxError {
  try {
    parseRule(rule);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(rule)} to be refused`);
}
