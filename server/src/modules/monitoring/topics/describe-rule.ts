import type { Locale } from '@yuqing/common';
import type { Field, RuleNode, TermNode } from './ast.js';
import { parseRule } from './parser.js';

/**
 * A short sentence saying what a rule matches, for the topic list and the editor:
 * `(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘` →
 * 「含「灞桥」或「灞桥街道」，含「拆迁」或「投诉」，不含「招聘」」 /
 * `mentions "灞桥" or "灞桥街道", mentions "拆迁" or "投诉", does not mention "招聘"`.
 * Throws `RuleSyntaxError` like `parseRule`.
 */
export function describeRule(rule: string, locale: Locale): string {
  return describeNode(parseRule(rule), locale);
}

interface Words {
  word(t: TermNode): string;
  has(field: Field | null): string;
  hasNot(field: Field | null): string;
  or: string;
  and: string;
  clauses: string;
  alternatives: string;
  group(s: string): string;
  near(a: string, b: string, n: number): string;
  neither(words: string[]): string;
  not(s: string): string;
}

const ZH_FIELD: Record<Field, string> = { title: '标题', text: '正文' };

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    word: (t) => `「${t.text}」`,
    has: (f) => `${f ? ZH_FIELD[f] : ''}含`,
    hasNot: (f) => `${f ? ZH_FIELD[f] : ''}不含`,
    or: '或',
    and: '和',
    clauses: '，',
    alternatives: '；或者',
    group: (s) => `（${s}）`,
    near: (a, b, n) => `${a}和${b}（相距不超过 ${n} 个字）`,
    neither: (words) => words.join('或'),
    not: (s) => `不满足${s}`,
  },
  en: {
    word: (t) => `"${t.text}"`,
    has: (f) => (f ? `the ${f} mentions ` : 'mentions '),
    hasNot: (f) => (f ? `the ${f} does not mention ` : 'does not mention '),
    or: ' or ',
    and: ' and ',
    clauses: ', ',
    alternatives: '; or ',
    group: (s) => `(${s})`,
    near: (a, b, n) => `${a} within ${n} characters of ${b}`,
    neither: (words) => (words.length === 2 ? `either ${words[0]} or ${words[1]}` : `any of ${words.join(', ')}`),
    not: (s) => `not ${s}`,
  },
};

export function describeNode(node: RuleNode, locale: Locale): string {
  return clause(node, null, WORDS[locale]);
}

/** An OR of plain terms reads as a list of words: 含「拆迁」或「投诉」. */
function termList(node: RuleNode): TermNode[] | null {
  if (node.type === 'term') return [node];
  if (node.type === 'or' && node.children.every((c) => c.type === 'term')) return node.children as TermNode[];
  return null;
}

function clause(node: RuleNode, field: Field | null, w: Words): string {
  const list = termList(node);
  if (list) return w.has(field) + list.map(w.word).join(w.or);
  switch (node.type) {
    case 'near':
      return w.has(field) + w.near(w.word(node.left), w.word(node.right), node.distance);
    case 'field':
      return clause(node.child, node.field, w);
    case 'or':
      return node.children.map((c) => (c.type === 'and' ? w.group(clause(c, field, w)) : clause(c, field, w))).join(w.alternatives);
    case 'and':
      return node.children.map((c) => (c.type === 'or' && !termList(c) ? w.group(clause(c, field, w)) : clause(c, field, w))).join(w.clauses);
    case 'not': {
      const child = node.child.type === 'field' ? node.child.child : node.child;
      const scope = node.child.type === 'field' ? node.child.field : field;
      const negated = termList(child);
      if (negated) return w.hasNot(scope) + (negated.length === 1 ? w.word(negated[0]) : w.neither(negated.map(w.word)));
      if (child.type === 'near') return w.hasNot(scope) + w.near(w.word(child.left), w.word(child.right), child.distance);
      return w.not(w.group(clause(node.child, field, w)));
    }
    default:
      return '';
  }
}
