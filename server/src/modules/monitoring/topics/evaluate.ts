import type { RuleNode } from './ast.js';
import { collectHits, compileTopic, evaluate, scanItem, TermTable, type MatchInput, type MatchResult } from './compiled-topic.js';
import { defaultNormalize, type Normalize } from './normalize.js';
import { parseRule } from './parser.js';
import { TermScanner } from './term-scanner.js';

export type { Hit, MatchInput, MatchResult } from './compiled-topic.js';

export interface MatchOptions {
  /** Applied to terms and to item text alike; see normalize.ts for what it must respect. */
  normalize?: Normalize;
}

export interface Matcher {
  readonly rule: string;
  readonly ast: RuleNode;
  match(item: MatchInput): MatchResult;
}

/**
 * Compiles one rule: each distinct term is normalised once and all of them are found in one scan
 * of the title and one of the text. Throws `RuleSyntaxError`. For many topics over one stream of
 * items use `compileRuleSet`, which scans each item once for all of them.
 */
export function compileRule(rule: string, options: MatchOptions = {}): Matcher {
  const normalize = options.normalize ?? defaultNormalize;
  const ast = parseRule(rule);
  const table = new TermTable(normalize);
  const topic = compileTopic(ast, table, rule);
  const scanner = new TermScanner(table.keys);
  const lengths = table.keys.map((k) => k.length);
  const cache = new Map<string, string>();
  return {
    rule,
    ast,
    match(item) {
      const scanned = scanItem(item, scanner, normalize, cache);
      if (!evaluate(topic.root, scanned.occurrences, lengths)) return { matched: false, hits: [] };
      return { matched: true, hits: collectHits(topic, scanned, lengths) };
    },
  };
}
