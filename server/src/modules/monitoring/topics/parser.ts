import type { Field, NotNode, RuleNode, TermNode } from './ast.js';
import { tokenize, type Token } from './lexer.js';
import { RULE_LIMITS } from './limits.js';
import { RuleSyntaxError, type RuleErrorParams, type RuleErrorReason } from './rule-error.js';

/**
 * Parses a topic rule (grammar in README.md). Precedence, tightest first: NEAR/n, NOT, AND
 * (written or implied by adjacency), OR. So `A AND B NOT C` is `A AND B AND NOT C`, and
 * `A OR B NOT C` is `A OR (B AND NOT C)`.
 *
 * Also refuses a rule that would match an item mentioning none of its words (`NOT 招聘`,
 * `灞桥 OR NOT 招聘`): it would match nearly the whole feed, and the rule-set prefilter relies on
 * every rule needing at least one of its positive words.
 */
export function parseRule(rule: string): RuleNode {
  if (rule.length > RULE_LIMITS.ruleMax) {
    throw new RuleSyntaxError('too_long', RULE_LIMITS.ruleMax, rule.length - RULE_LIMITS.ruleMax, { max: RULE_LIMITS.ruleMax }, rule);
  }
  const parser = new Parser(rule, tokenize(rule));
  const ast = parser.parse();
  if (matchesWithNoWords(ast)) {
    const not = firstNot(ast)!;
    throw new RuleSyntaxError('negative_only', not.start, not.end - not.start, {}, rule);
  }
  return ast;
}

/** True when the rule matches an item in which none of its terms occur. */
export function matchesWithNoWords(node: RuleNode): boolean {
  switch (node.type) {
    case 'term':
    case 'near':
      return false;
    case 'and':
      return node.children.every(matchesWithNoWords);
    case 'or':
      return node.children.some(matchesWithNoWords);
    case 'not':
      return !matchesWithNoWords(node.child);
    case 'field':
      return matchesWithNoWords(node.child);
  }
}

function firstNot(node: RuleNode): NotNode | undefined {
  if (node.type === 'not') return node;
  if (node.type === 'and' || node.type === 'or') return node.children.map(firstNot).find(Boolean);
  if (node.type === 'field') return firstNot(node.child);
  return undefined;
}

const STARTS_UNARY = new Set<Token['kind']>(['word', 'phrase', 'lparen', 'not', 'field']);

class Parser {
  private i = 0;
  private depth = 0;
  private field: { field: Field; token: Token } | null = null;

  constructor(
    private readonly rule: string,
    private readonly tokens: Token[],
  ) {}

  parse(): RuleNode {
    if (this.peek().kind === 'eof') throw this.error('empty_rule', this.peek());
    const node = this.parseOr(null);
    // parseOr stops only at the end or at a `)`: parseAnd takes every other token or throws
    if (this.peek().kind !== 'eof') throw this.error('extra_close_paren', this.peek());
    return node;
  }

  /** or = and { OR and } */
  private parseOr(owner: Token | null): RuleNode {
    const children = [this.parseAnd(owner)];
    while (this.peek().kind === 'or') {
      const op = this.next();
      children.push(this.parseAnd(op));
    }
    return this.combine('or', children);
  }

  /** and = unary { [AND] unary }; two operands side by side are joined by AND. */
  private parseAnd(owner: Token | null): RuleNode {
    const children = [this.parseUnary(owner)];
    for (;;) {
      const next = this.peek();
      if (next.kind === 'and') {
        this.next();
        children.push(this.parseUnary(next));
      } else if (STARTS_UNARY.has(next.kind)) {
        children.push(this.parseUnary(null));
      } else if (next.kind === 'near') {
        throw this.error('near_operands', next, { op: next.text });
      } else {
        return this.combine('and', children);
      }
    }
  }

  /** unary = NOT unary | primary */
  private parseUnary(owner: Token | null): RuleNode {
    const token = this.peek();
    if (token.kind !== 'not') return this.parsePrimary(owner);
    this.next();
    const child = this.nested(token, () => this.parseUnary(token));
    return { type: 'not', child, start: token.start, end: child.end };
  }

  /** primary = operand [NEAR/n operand] | field (operand | "(" or ")") | "(" or ")" */
  private parsePrimary(owner: Token | null): RuleNode {
    const token = this.peek();
    switch (token.kind) {
      case 'word':
      case 'phrase': {
        const left = this.term(this.next());
        if (this.peek().kind !== 'near') return left;
        const op = this.next() as Extract<Token, { kind: 'near' }>;
        const next = this.peek();
        if (next.kind !== 'word' && next.kind !== 'phrase') throw this.error('near_operands', op, { op: op.text });
        const right = this.term(this.next());
        return { type: 'near', left, right, distance: op.distance, start: left.start, end: right.end };
      }
      case 'lparen':
        return this.group();
      case 'field':
        return this.scoped();
      default:
        throw this.missingOperand(owner, token);
    }
  }

  private group(): RuleNode {
    const open = this.next();
    if (this.peek().kind === 'rparen') throw this.error('empty_group', this.peek());
    if (this.peek().kind === 'eof') throw this.error('unclosed_paren', open);
    const inner = this.nested(open, () => this.parseOr(null));
    const close = this.peek();
    if (close.kind !== 'rparen') throw this.error('unclosed_paren', open);
    this.next();
    return { ...inner, start: open.start, end: close.end };
  }

  private scoped(): RuleNode {
    const token = this.next() as Extract<Token, { kind: 'field' }>;
    const outer = this.field;
    if (outer && outer.field !== token.field) throw this.error('nested_field', token, { name: token.text.slice(0, -1), outer: outer.token.text.slice(0, -1) });
    const next = this.peek();
    let child: RuleNode;
    if (next.kind === 'word' || next.kind === 'phrase') {
      child = this.term(this.next());
      if (this.peek().kind === 'near') throw this.error('near_operands', this.peek(), { op: this.peek().text });
    } else if (next.kind === 'lparen') {
      this.field = outer ?? { field: token.field, token };
      try {
        child = this.group();
      } finally {
        this.field = outer;
      }
    } else {
      throw this.error('field_without_operand', token, { op: token.text });
    }
    if (outer) return child; // title:(… title:x …) — the inner scope says nothing new
    return { type: 'field', field: token.field, child, start: token.start, end: child.end };
  }

  private nested<T>(token: Token, parse: () => T): T {
    if (++this.depth > RULE_LIMITS.depthMax) throw this.error('too_deep', token, { max: RULE_LIMITS.depthMax });
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /** Where an operand was due and `token` came instead. */
  private missingOperand(owner: Token | null, token: Token): RuleSyntaxError {
    if (owner) return this.error('nothing_after', owner, { op: owner.text });
    if (token.kind === 'and' || token.kind === 'or') return this.error('nothing_before', token, { op: token.text });
    if (token.kind === 'near') return this.error('near_operands', token, { op: token.text });
    if (token.kind === 'rparen') return this.error('extra_close_paren', token);
    return this.error('empty_rule', token);
  }

  private term(token: Token): TermNode {
    return { type: 'term', text: token.text, phrase: token.kind === 'phrase', start: token.start, end: token.end };
  }

  private combine(type: 'and' | 'or', children: RuleNode[]): RuleNode {
    if (children.length === 1) return children[0];
    const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
    return { type, children: flat, start: children[0].start, end: children[children.length - 1].end };
  }

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private error(reason: RuleErrorReason, token: Token, params: RuleErrorParams = {}): RuleSyntaxError {
    return new RuleSyntaxError(reason, token.start, token.end - token.start, params, this.rule);
  }
}
