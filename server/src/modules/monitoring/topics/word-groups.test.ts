import { describe, expect, it } from 'vitest';
import { compileRule } from './evaluate.js';
import { parseRule } from './parser.js';
import { printRule } from './print-rule.js';
import { compileWordGroups, type WordGroups } from './word-groups.js';

const groups = (g: Partial<WordGroups>): WordGroups => ({ region: [], subject: [], event: [], exclude: [], ...g });

describe('compileWordGroups', () => {
  it.each<[string, Partial<WordGroups>, string]>([
    ['all four groups', { region: ['灞桥', '灞桥街道'], subject: ['街道办', '社区'], event: ['拆迁', '投诉'], exclude: ['招聘', '广告'] }, '(灞桥 OR 灞桥街道) AND (街道办 OR 社区) AND (拆迁 OR 投诉) NOT (招聘 OR 广告)'],
    ['DESIGN example', { region: ['灞桥', '灞桥街道'], event: ['拆迁', '投诉'], exclude: ['招聘'] }, '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘'],
    ['one word groups have no parentheses', { region: ['灞桥'], event: ['拆迁'] }, '灞桥 AND 拆迁'],
    ['only one group', { event: ['拆迁', '投诉'] }, '拆迁 OR 投诉'],
    ['blank and repeated words dropped', { region: [' 灞桥 ', '', '  ', '灞桥'], event: ['拆迁'] }, '灞桥 AND 拆迁'],
    ['a word with a space is quoted', { region: ['new york'], event: ['拆迁'] }, '"new york" AND 拆迁'],
    ['operator words are quoted', { region: ['或', 'NOT', 'near/5'], event: ['拆迁'] }, '("或" OR "NOT" OR "near/5") AND 拆迁'],
    ['colon, parentheses, quotes', { region: ['title:灞桥', '灞桥(东)', '说"好"'], event: ['拆迁'] }, '("title:灞桥" OR "灞桥(东)" OR 「说"好"」) AND 拆迁'],
    ['a word with Chinese quotes', { event: ['“拆迁”'] }, '"“拆迁”"'],
    ['only excluded words', { exclude: ['招聘'] }, 'NOT 招聘'],
    ['only excluded words, two', { exclude: ['招聘', '广告'] }, 'NOT (招聘 OR 广告)'],
    ['one group and excluded words', { event: ['拆迁', '投诉'], exclude: ['招聘', '广告'] }, '(拆迁 OR 投诉) NOT (招聘 OR 广告)'],
    ['nothing', {}, ''],
  ])('%s', (_name, g, rule) => expect(compileWordGroups(groups(g))).toBe(rule));

  it.each<[string, Partial<WordGroups>]>([
    ['four groups', { region: ['灞桥', '灞桥街道'], subject: ['街道办'], event: ['拆迁', '投诉'], exclude: ['招聘', '广告'] }],
    ['awkward words', { region: ['new york', '或', 'AND', 'title:灞桥'], event: ['「拆迁」', '说"好"', '(东)'], exclude: ['NEAR/3', 'a:b'] }],
    ['full-width words', { region: ['（灞桥）', 'ＡＮＤ'], event: ['＂拆迁'] }],
  ])('round-trips through the parser: %s', (_name, g) => {
    const rule = compileWordGroups(groups(g));
    expect(printRule(parseRule(rule))).toBe(rule);
    // each word is one term of the rule, spelled as given
    const terms: string[] = [];
    JSON.stringify(parseRule(rule), (key, value) => (key === 'text' && typeof value === 'string' ? (terms.push(value), value) : value));
    expect(terms.sort()).toEqual([...(g.region ?? []), ...(g.subject ?? []), ...(g.event ?? []), ...(g.exclude ?? [])].sort());
  });

  it('matches as the groups say', () => {
    const matcher = compileRule(compileWordGroups(groups({ region: ['灞桥', '浐灞'], subject: ['街道'], event: ['拆迁', '投诉'], exclude: ['招聘'] })));
    expect(matcher.match({ title: '浐灞街道居民投诉' }).matched).toBe(true);
    expect(matcher.match({ title: '浐灞街道居民投诉', text: '招聘' }).matched).toBe(false);
    expect(matcher.match({ title: '浐灞居民投诉' }).matched).toBe(false);
  });

  it('gives rules the parser refuses when only 排除词 or nothing is filled in', () => {
    expect(() => parseRule(compileWordGroups(groups({ exclude: ['招聘'] })))).toThrow(expect.objectContaining({ code: 'negative_only' }));
    expect(() => parseRule(compileWordGroups(groups({})))).toThrow(expect.objectContaining({ code: 'empty_rule' }));
  });
});
