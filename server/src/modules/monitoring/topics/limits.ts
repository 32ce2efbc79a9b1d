/**
 * Bounds on a rule, so a pasted wall of text or `((((…` cannot exhaust the parser's stack.
 * The length belongs in common/ LIMITS beside the other form limits (the editor's maxLength).
 */
export const RULE_LIMITS = {
  /** UTF-16 code units; a long real rule (four word groups of twenty words) is under 1,000. */
  ruleMax: 4000,
  /** Parentheses, NOTs and field scopes nested in one another. */
  depthMax: 32,
} as const;
