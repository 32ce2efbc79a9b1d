import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer.js';

const kinds = (rule: string) => tokenize(rule).map((t) => (t.kind === 'word' || t.kind === 'phrase' ? `${t.kind}:${t.text}` : t.kind === 'near' ? `near/${t.distance}` : t.kind === 'field' ? `field:${t.field}` : t.kind));

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['灞桥 拆迁', ['word:灞桥', 'word:拆迁', 'eof']],
    ['a AND b or c Not d', ['word:a', 'and', 'word:b', 'or', 'word:c', 'not', 'word:d', 'eof']],
    ['甲 与 乙 或 丙 非 丁', ['word:甲', 'and', 'word:乙', 'or', 'word:丙', 'not', 'word:丁', 'eof']],
    ['或许 与其 非法 android nearby', ['word:或许', 'word:与其', 'word:非法', 'word:android', 'word:nearby', 'eof']],
    ['(a)"b c"“d”「e」『f』', ['lparen', 'word:a', 'rparen', 'phrase:b c', 'phrase:d', 'phrase:e', 'phrase:f', 'eof']],
    ['（ａ）＂ｂ＂', ['lparen', 'word:ａ', 'rparen', 'phrase:ｂ', 'eof']],
    ['a NEAR/3 b near/0 c ＮＥＡＲ／７ d', ['word:a', 'near/3', 'word:b', 'near/0', 'word:c', 'near/7', 'word:d', 'eof']],
    ['title:a TEXT:(b) 标题：c 正文:"d"', ['field:title', 'word:a', 'field:text', 'lparen', 'word:b', 'rparen', 'field:title', 'word:c', 'field:text', 'phrase:d', 'eof']],
    ['12:30 :a 标题党: COVID-19 -招聘', ['word:12:30', 'word::a', 'word:标题党:', 'word:COVID-19', 'word:-招聘', 'eof']],
    ['"a(b)OR:c"', ['phrase:a(b)OR:c', 'eof']],
  ])('%s', (rule, expected) => expect(kinds(rule)).toEqual(expected));

  it('keeps the text as written and offsets into it', () => {
    expect(tokenize('ＡＮＤ “灞桥”')).toEqual([
      { kind: 'and', text: 'ＡＮＤ', start: 0, end: 3 },
      { kind: 'phrase', text: '灞桥', start: 4, end: 8 },
      { kind: 'eof', text: '', start: 8, end: 8 },
    ]);
  });
});
