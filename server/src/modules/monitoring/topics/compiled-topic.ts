import type { Field, RuleNode, TermNode } from './ast.js';
import { alignNormalized, type AlignedText, type Normalize } from './normalize.js';
import { RuleSyntaxError } from './rule-error.js';
import type { TermScanner } from './term-scanner.js';

/** What a rule is matched against. A missing field is an empty one. */
export interface MatchInput {
  title?: string | null;
  text?: string | null;
}

/** One occurrence of a positive term, as offsets into the field as written (end exclusive). */
export interface Hit {
  term: string;
  field: Field;
  start: number;
  end: number;
}

export interface MatchResult {
  matched: boolean;
  /**
   * Occurrences of the rule's positive terms, title first then by position; empty when not
   * matched; at most `MAX_HITS` (a long text and a common word would otherwise give thousands).
   */
  hits: Hit[];
}

export const MAX_HITS = 500;

const FIELD_ORDER: readonly Field[] = ['title', 'text'];
const MASK: Record<Field | 'any', number> = { title: 1, text: 2, any: 3 };

type Leaf =
  | { type: 'term'; id: number; mask: number; text: string }
  | { type: 'near'; left: number; right: number; distance: number; mask: number; leftText: string; rightText: string };

type Compiled = Leaf | { type: 'and' | 'or'; children: Compiled[] } | { type: 'not'; child: Compiled };

export interface CompiledTopic {
  root: Compiled;
  /** Leaves under an even number of NOTs: what hits are made of. */
  positive: Leaf[];
  /** Ids of terms that occur under an even number of NOTs: the rule cannot match unless one occurs. */
  triggers: number[];
}

/** Term ids shared by every rule compiled against the table: a term scanned once serves them all. */
export class TermTable {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(readonly normalize: Normalize) {}

  idOf(term: TermNode, rule: string): number {
    const key = this.normalize(term.text);
    if (!key.trim()) throw new RuleSyntaxError('empty_phrase', term.start, term.end - term.start, {}, rule);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }
}

export function compileTopic(ast: RuleNode, table: TermTable, rule: string): CompiledTopic {
  const positive: Leaf[] = [];
  const triggers = new Set<number>();
  const walk = (node: RuleNode, mask: number, sign: boolean): Compiled => {
    switch (node.type) {
      case 'term': {
        const leaf: Leaf = { type: 'term', id: table.idOf(node, rule), mask, text: node.text };
        if (sign) {
          positive.push(leaf);
          triggers.add(leaf.id);
        }
        return leaf;
      }
      case 'near': {
        const [left, right] = [table.idOf(node.left, rule), table.idOf(node.right, rule)];
        const leaf: Leaf = { type: 'near', left, right, distance: node.distance, mask, leftText: node.left.text, rightText: node.right.text };
        if (sign) {
          positive.push(leaf);
          triggers.add(left).add(right);
        }
        return leaf;
      }
      case 'and':
      case 'or':
        return { type: node.type, children: node.children.map((c) => walk(c, mask, sign)) };
      case 'not':
        return { type: 'not', child: walk(node.child, mask, !sign) };
      case 'field':
        return walk(node.child, MASK[node.field], sign);
    }
  };
  const root = walk(ast, MASK.any, true);
  return { root, positive, triggers: [...triggers] };
}

/** Per term id that occurs: its start offsets in the normalised title and text, ascending. */
export type Occurrences = Map<number, [number[], number[]]>;

export interface ScannedItem {
  occurrences: Occurrences;
  fields: [AlignedText, AlignedText];
}

export function scanItem(item: MatchInput, scanner: TermScanner, normalize: Normalize, cache: Map<string, string>): ScannedItem {
  const occurrences: Occurrences = new Map();
  const fields: [AlignedText, AlignedText] = [alignNormalized(item.title ?? '', normalize, cache), alignNormalized(item.text ?? '', normalize, cache)];
  for (let f = 0; f < 2; f++) {
    scanner.scan(fields[f].text, (id, start) => {
      let entry = occurrences.get(id);
      if (!entry) occurrences.set(id, (entry = [[], []]));
      entry[f].push(start);
    });
  }
  return { occurrences, fields };
}

export function evaluate(node: Compiled, occ: Occurrences, lengths: readonly number[]): boolean {
  switch (node.type) {
    case 'term': {
      const entry = occ.get(node.id);
      return entry !== undefined && (((node.mask & 1) !== 0 && entry[0].length > 0) || ((node.mask & 2) !== 0 && entry[1].length > 0));
    }
    case 'near':
      return nearPairs(node, occ, lengths, null);
    case 'and':
      for (const c of node.children) if (!evaluate(c, occ, lengths)) return false;
      return true;
    case 'or':
      for (const c of node.children) if (evaluate(c, occ, lengths)) return true;
      return false;
    case 'not':
      return !evaluate(node.child, occ, lengths);
  }
}

/**
 * Whether the two terms occur within `distance` characters of each other in one field: the gap
 * between the end of the first and the start of the second, whichever comes first; overlapping
 * occurrences are at distance 0, and a term is never near its own single occurrence. With `emit`,
 * every pair within the distance is reported; without, the first answers.
 */
function nearPairs(
  node: Extract<Leaf, { type: 'near' }>,
  occ: Occurrences,
  lengths: readonly number[],
  emit: ((field: number, leftStart: number, rightStart: number) => void) | null,
): boolean {
  const a = occ.get(node.left);
  const b = occ.get(node.right);
  if (!a || !b) return false;
  const [la, lb, d] = [lengths[node.left], lengths[node.right], node.distance];
  let found = false;
  for (let f = 0; f < 2; f++) {
    if ((node.mask & (1 << f)) === 0) continue;
    const [as, bs] = [a[f], b[f]];
    let from = 0;
    for (const sa of as) {
      while (from < bs.length && sa - (bs[from] + lb) > d) from++; // b ends too far before a
      for (let j = from; j < bs.length && bs[j] - (sa + la) <= d; j++) {
        if (node.left === node.right && bs[j] === sa) continue;
        if (!emit) return true;
        found = true;
        emit(f, sa, bs[j]);
      }
    }
  }
  return found;
}

export function collectHits(topic: CompiledTopic, item: ScannedItem, lengths: readonly number[]): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  const add = (f: number, start: number, id: number, term: string) => {
    const [s, e] = item.fields[f].toOriginal(start, start + lengths[id]);
    const key = `${f}:${s}:${e}`; // `AI` and `ai` in one rule are one term
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ term, field: FIELD_ORDER[f], start: s, end: e });
  };
  for (const leaf of topic.positive) {
    if (leaf.type === 'term') {
      const entry = item.occurrences.get(leaf.id);
      for (let f = 0; f < 2; f++) if (entry && (leaf.mask & (1 << f)) !== 0) for (const s of entry[f]) add(f, s, leaf.id, leaf.text);
    } else {
      nearPairs(leaf, item.occurrences, lengths, (f, sa, sb) => {
        add(f, sa, leaf.left, leaf.leftText);
        add(f, sb, leaf.right, leaf.rightText);
      });
    }
  }
  hits.sort((x, y) => (x.field === y.field ? x.start - y.start || x.end - y.end : x.field === 'title' ? -1 : 1));
  return hits.length > MAX_HITS ? hits.slice(0, MAX_HITS) : hits;
}
