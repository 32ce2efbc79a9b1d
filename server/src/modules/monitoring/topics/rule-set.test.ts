import { describe, expect, it } from 'vitest';
import type { Field, RuleNode, TermNode } from './ast.js';
import { compileRule } from './evaluate.js';
import { defaultNormalize } from './normalize.js';
import { matchesWithNoWords, parseRule } from './parser.js';
import { printRule } from './print-rule.js';
import { RuleSyntaxError } from './rule-error.js';
import { compileRuleSet } from './rule-set.js';
import { isWordUnit } from './term-scanner.js';

describe('compileRuleSet', () => {
  it('returns the matching topics in the order given, with their hits', () => {
    const set = compileRuleSet([
      { id: 'a', rule: '(灞桥 OR 灞桥街道) AND (拆迁 OR 投诉) NOT 招聘' },
      { id: 'b', rule: '拆迁' },
      { id: 'c', rule: '雁塔' },
      { id: 'd', rule: 'title:灞桥' },
    ]);
    expect(set.size).toBe(4);
    expect(set.match({ title: '灞桥拆迁' }).map((m) => m.id)).toEqual(['a', 'b', 'd']);
    expect(set.match({ title: '新闻', text: '灞桥拆迁招聘' }).map((m) => m.id)).toEqual(['b']);
    expect(set.match({ title: '天气' })).toEqual([]);
    expect(set.match({ title: '灞桥' })).toEqual([{ id: 'd', hits: [{ term: '灞桥', field: 'title', start: 0, end: 2 }] }]);
  });

  it('leaves out topics whose rule does not parse and says why', () => {
    const set = compileRuleSet([
      { id: 1, rule: '灞桥 AND' },
      { id: 2, rule: '灞桥' },
      { id: 3, rule: 'NOT 招聘' },
    ]);
    expect(set.size).toBe(1);
    expect(set.errors.map((e) => [e.id, e.error.code])).toEqual([
      [1, 'dangling_operator'],
      [3, 'negative_only'],
    ]);
    expect(set.match({ title: '灞桥' }).map((m) => m.id)).toEqual([2]);
  });

  it('gives what evaluating every topic on its own gives, and what a brute-force evaluator gives (random rules, fixed seed)', () => {
    const random = seeded(20260301);
    const rules = Array.from({ length: 300 }, () => printRule(randomRule(random, 3, null)));
    const topics = rules.map((rule, id) => ({ id, rule }));
    const set = compileRuleSet(topics);
    const single = topics.map(({ id, rule }) => {
      try {
        return { id, matcher: compileRule(rule), ast: parseRule(rule) };
      } catch (error) {
        if (error instanceof RuleSyntaxError && error.code === 'negative_only') return null;
        throw error;
      }
    });
    expect(set.errors.map((e) => e.id)).toEqual(single.flatMap((s, i) => (s ? [] : [i])));
    expect(set.size).toBeGreaterThan(150);

    let matches = 0;
    for (let n = 0; n < 300; n++) {
      const item = { title: randomText(random, 6), text: randomText(random, 20) };
      const normalized = { title: defaultNormalize(item.title), text: defaultNormalize(item.text) };
      const expected = single.flatMap((s) => {
        if (!s) return [];
        const result = s.matcher.match(item);
        if (result.matched !== bruteForce(s.ast, normalized)) expect.fail(`${s.matcher.rule} on ${JSON.stringify(item)}: ${result.matched}`);
        return result.matched ? [{ id: s.id, hits: result.hits }] : [];
      });
      expect(set.match(item)).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThan(800); // the vocabulary is small enough for rules to match often
  });
});

const WORDS = ['灞桥', '灞桥街道', '桥街', '拆迁', '投诉', '招聘', '噪音', 'ai', '5G', 'AI芯片', 'new york', '38℃'];
const FILLER = ['的', '。', ' ', '，', '……', 'said', 'x', '5', 'ＡＩ', 'New York', '广告'];

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function randomTerm(random: () => number): TermNode {
  const text = pick(random, WORDS);
  return { type: 'term', text, phrase: text.includes(' ') || random() < 0.2, start: 0, end: 0 };
}

function randomRule(random: () => number, depth: number, field: Field | null): RuleNode {
  const span = { start: 0, end: 0 };
  const r = random();
  if (depth === 0 || r < 0.3) return randomTerm(random);
  if (r < 0.45) return { type: 'near', left: randomTerm(random), right: randomTerm(random), distance: Math.floor(random() * 6), ...span };
  if (r < 0.6) return { type: 'not', child: randomRule(random, depth - 1, field), ...span };
  if (r < 0.7 && !field) {
    const f = pick(random, ['title', 'text'] as const);
    return { type: 'field', field: f, child: randomRule(random, depth - 1, f), ...span };
  }
  const children = Array.from({ length: 2 + Math.floor(random() * 2) }, () => randomRule(random, depth - 1, field));
  return { type: r < 0.85 ? 'and' : 'or', children, ...span };
}

function randomText(random: () => number, parts: number): string {
  return Array.from({ length: Math.floor(random() * parts) }, () => (random() < 0.5 ? pick(random, WORDS) : pick(random, FILLER))).join('');
}

/** The rule evaluated straight from its tree with indexOf over the normalised item: the reference. */
function bruteForce(node: RuleNode, item: { title: string; text: string }, fields: Field[] = ['title', 'text']): boolean {
  const find = (term: TermNode, field: Field): number[] => {
    const text = item[field];
    const key = defaultNormalize(term.text.trim());
    const starts: number[] = [];
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      const end = i + key.length;
      if (isWordUnit(key.charCodeAt(0)) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
      if (isWordUnit(key.charCodeAt(key.length - 1)) && end < text.length && isWordUnit(text.charCodeAt(end))) continue;
      starts.push(i);
    }
    return starts;
  };
  switch (node.type) {
    case 'term':
      return fields.some((f) => find(node, f).length > 0);
    case 'near': {
      const [la, lb] = [defaultNormalize(node.left.text).length, defaultNormalize(node.right.text).length];
      const same = defaultNormalize(node.left.text) === defaultNormalize(node.right.text);
      return fields.some((f) =>
        find(node.left, f).some((a) => find(node.right, f).some((b) => !(same && a === b) && Math.max(a - (b + lb), b - (a + la)) <= node.distance)),
      );
    }
    case 'and':
      return node.children.every((c) => bruteForce(c, item, fields));
    case 'or':
      return node.children.some((c) => bruteForce(c, item, fields));
    case 'not':
      return !bruteForce(node.child, item, fields);
    case 'field':
      return bruteForce(node.child, item, [node.field]);
  }
}

it('the generator makes rules the parser refuses only for negative_only, and printing is a fixpoint', () => {
  const random = seeded(7);
  for (let i = 0; i < 200; i++) {
    const ast = randomRule(random, 3, null);
    if (matchesWithNoWords(ast)) {
      expect(() => parseRule(printRule(ast))).toThrow(/only excludes/);
    } else {
      const canonical = printRule(parseRule(printRule(ast)));
      expect(printRule(parseRule(canonical))).toBe(canonical);
    }
  }
});
