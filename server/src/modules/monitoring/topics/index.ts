/**
 * Topic rules (监测主题): the rule language, its matcher for one rule and for a unit's whole set of
 * topics, word groups (地域词/主体词/事件词/排除词) compiled to rules, and the editor's preview.
 * These are pure functions (no database, no I/O); grammar and semantics in README.md. The topic
 * register with its routes is exported at the end.
 */
export type { AndNode, Field, FieldNode, NearNode, NotNode, OrNode, RuleNode, TermNode } from './ast.js';
export { FIELDS } from './ast.js';
export { parseRule } from './parser.js';
export { printRule, formatTerm } from './print-rule.js';
export { MAX_NEAR_DISTANCE } from './lexer.js';
export { RuleSyntaxError, type RuleErrorCode, type RuleErrorReason } from './rule-error.js';
export { RULE_ERROR_REASONS } from './rule-error-messages.js';
export { formatRuleError } from './format-rule-error.js';
export { defaultNormalize, type Normalize } from './normalize.js';
export { compileRule, type Hit, type Matcher, type MatchInput, type MatchOptions, type MatchResult } from './evaluate.js';
export { compileRuleSet, type RuleSet, type TopicMatch, type TopicRule } from './rule-set.js';
export { compileWordGroups, type WordGroups } from './word-groups.js';
export { describeRule } from './describe-rule.js';
export { previewRule, PREVIEW_DAYS, PREVIEW_SAMPLE_SIZE, type PreviewItem, type PreviewOptions, type RulePreview } from './preview.js';
// The topic register (监测主题) with its HTTP routes; these read the database.
export { topicRoutes } from './topic.routes.js';
export { topicInScope, ruleOf } from './topic.service.js';
export { topicsOfUnit } from './topic.repository.js';
