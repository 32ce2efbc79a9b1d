import type { RuleNode, TermNode } from './ast.js';
import { tokenize } from './lexer.js';
import { foldWidth } from './normalize.js';

/**
 * The canonical spelling of a rule: upper-case English operators, explicit AND (but `a NOT b`
 * rather than `a AND NOT b`, as staff write it), `title:`/`text:`, parentheses only where
 * precedence needs them, phrases in quotes. `parseRule(printRule(ast))` gives `ast` back.
 */
export function printRule(node: RuleNode): string {
  switch (node.type) {
    case 'term':
      return printTerm(node);
    case 'near':
      return `${printTerm(node.left)} NEAR/${node.distance} ${printTerm(node.right)}`;
    case 'or':
      return node.children.map(printRule).join(' OR ');
    case 'and':
      return node.children
        .map((c, i) => {
          const text = c.type === 'or' ? `(${printRule(c)})` : printRule(c);
          return i === 0 ? text : c.type === 'not' ? ` ${text}` : ` AND ${text}`;
        })
        .join('');
    case 'not':
      return `NOT ${node.child.type === 'and' || node.child.type === 'or' ? `(${printRule(node.child)})` : printRule(node.child)}`;
    case 'field':
      return `${node.field}:${node.child.type === 'term' ? printTerm(node.child) : `(${printRule(node.child)})`}`;
  }
}

function printTerm(term: TermNode): string {
  return term.phrase ? quote(term.text) : term.text;
}

/** A term as the rule language needs it written: bare when it reads as one word, quoted otherwise. */
export function formatTerm(text: string): string {
  return isBareWord(text) ? text : quote(text);
}

function isBareWord(text: string): boolean {
  try {
    const tokens = tokenize(text);
    return tokens.length === 2 && tokens[0].kind === 'word' && tokens[0].text === text;
  } catch {
    return false;
  }
}

const QUOTE_STYLES: [string, string][] = [
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
];

/** Wraps a phrase in the first kind of quotes that does not occur in it. */
export function quote(text: string): string {
  const folded = foldWidth(text);
  const style = QUOTE_STYLES.find(([, close]) => !folded.includes(close));
  if (!style) throw new Error(`cannot quote a phrase containing every kind of closing quote: ${text}`);
  return `${style[0]}${text}${style[1]}`;
}
