/**
 * The parsed form of a topic rule. Spans (`start`, `end`) are UTF-16 offsets into the rule as the
 * user wrote it, end exclusive, so an editor can underline a node.
 *
 * AND and OR are n-ary and never nest in themselves (`(a AND b) AND c` is one AND of three);
 * parentheses leave no node. A field scope never holds a different field scope.
 */
export type Field = 'title' | 'text';

export const FIELDS: readonly Field[] = ['title', 'text'];

export interface Span {
  start: number;
  end: number;
}

/** A bare word (`灞桥`) or a quoted phrase (`"new york"`); `text` is what was written, quotes removed. */
export interface TermNode extends Span {
  type: 'term';
  text: string;
  phrase: boolean;
}

export interface AndNode extends Span {
  type: 'and';
  children: RuleNode[];
}

export interface OrNode extends Span {
  type: 'or';
  children: RuleNode[];
}

export interface NotNode extends Span {
  type: 'not';
  child: RuleNode;
}

/** Two terms within `distance` characters of each other, in the same field. */
export interface NearNode extends Span {
  type: 'near';
  left: TermNode;
  right: TermNode;
  distance: number;
}

/** `title:…` or `text:…`: the child matches in that field only. Unscoped nodes match in either. */
export interface FieldNode extends Span {
  type: 'field';
  field: Field;
  child: RuleNode;
}

export type RuleNode = TermNode | AndNode | OrNode | NotNode | NearNode | FieldNode;

/** Calls `visit` on every term of the tree with its polarity (false under an odd number of NOTs). */
export function forEachTerm(node: RuleNode, visit: (term: TermNode, positive: boolean) => void, positive = true): void {
  switch (node.type) {
    case 'term':
      return visit(node, positive);
    case 'near':
      visit(node.left, positive);
      return visit(node.right, positive);
    case 'and':
    case 'or':
      for (const c of node.children) forEachTerm(c, visit, positive);
      return;
    case 'not':
      return forEachTerm(node.child, visit, !positive);
    case 'field':
      return forEachTerm(node.child, visit, positive);
  }
}
