import { collectHits, compileTopic, evaluate, scanItem, TermTable, type CompiledTopic, type Hit, type MatchInput } from './compiled-topic.js';
import type { MatchOptions } from './evaluate.js';
import { defaultNormalize } from './normalize.js';
import { parseRule } from './parser.js';
import { RuleSyntaxError } from './rule-error.js';
import { TermScanner } from './term-scanner.js';

export interface TopicRule<Id> {
  id: Id;
  rule: string;
}

export interface TopicMatch<Id> {
  id: Id;
  hits: Hit[];
}

export interface RuleSet<Id> {
  /** Topics compiled; those whose rule failed are in `errors` instead. */
  readonly size: number;
  readonly errors: { id: Id; error: RuleSyntaxError }[];
  /** The topics whose rule matches the item, in the order they were given, with their hits. */
  match(item: MatchInput): TopicMatch<Id>[];
}

/**
 * Compiles many topics into one matcher. All their distinct terms go into one Aho–Corasick
 * automaton, so an item costs one scan of its title and one of its text whatever the number of
 * topics; then only topics with a positive term among those found are evaluated. That is exact:
 * `parseRule` refuses rules that match without any of their words (see `matchesWithNoWords`), and
 * a rule is monotone in its positive terms, so a topic none of whose positive terms occurs cannot
 * match (the rule-set test checks this against evaluating every topic).
 *
 * A topic whose rule does not parse is left out and reported in `errors`, so that one bad rule
 * does not stop the monitoring of the others; rules are checked when saved, so this is rare.
 */
export function compileRuleSet<Id>(topics: readonly TopicRule<Id>[], options: MatchOptions = {}): RuleSet<Id> {
  const normalize = options.normalize ?? defaultNormalize;
  const table = new TermTable(normalize);
  const compiled: { id: Id; topic: CompiledTopic }[] = [];
  const errors: { id: Id; error: RuleSyntaxError }[] = [];
  for (const { id, rule } of topics) {
    try {
      compiled.push({ id, topic: compileTopic(parseRule(rule), table, rule) });
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      errors.push({ id, error });
    }
  }

  const scanner = new TermScanner(table.keys);
  const lengths = table.keys.map((k) => k.length);
  const topicsByTerm: number[][] = table.keys.map(() => []);
  compiled.forEach(({ topic }, index) => topic.triggers.forEach((term) => topicsByTerm[term].push(index)));
  const cache = new Map<string, string>();
  const seen = new Uint32Array(compiled.length);
  let generation = 0;

  return {
    size: compiled.length,
    errors,
    match(item) {
      const scanned = scanItem(item, scanner, normalize, cache);
      if (scanned.occurrences.size === 0) return [];
      if (++generation === 0xffffffff) {
        seen.fill(0);
        generation = 1;
      }
      const candidates: number[] = [];
      for (const term of scanned.occurrences.keys()) {
        for (const index of topicsByTerm[term]) {
          if (seen[index] === generation) continue;
          seen[index] = generation;
          candidates.push(index);
        }
      }
      candidates.sort((a, b) => a - b);
      const matches: TopicMatch<Id>[] = [];
      for (const index of candidates) {
        const { id, topic } = compiled[index];
        if (evaluate(topic.root, scanned.occurrences, lengths)) matches.push({ id, hits: collectHits(topic, scanned, lengths) });
      }
      return matches;
    },
  };
}
