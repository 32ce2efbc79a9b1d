import type { WordGroups } from '@yuqing/common';
import { formatTerm } from './print-rule.js';

export type { WordGroups };

/**
 * Compiles word groups to the same rule language:
 * `(r1 OR r2) AND (s1 OR s2) AND (e1 OR e2) NOT (x1 OR x2)` — any word of each group, every
 * filled group, none of the excluded words. Empty groups are left out, words are trimmed and
 * de-duplicated, and a word is quoted when it has spaces, quotes, parentheses or a colon, or reads
 * as an operator (`或`, `NOT`).
 *
 * Only 排除词 gives `NOT (…)`, which `parseRule` refuses (negative_only), and nothing at all
 * gives '' (empty_rule): the form should ask for at least one of the other groups.
 */
export function compileWordGroups(groups: WordGroups): string {
  const positive = [groups.region, groups.subject, groups.event].map(terms).filter((g) => g.length > 0);
  const exclude = terms(groups.exclude);
  const group = (g: string[]) => (g.length === 1 ? g[0] : `(${g.join(' OR ')})`);
  if (positive.length === 1 && exclude.length === 0) return positive[0].join(' OR ');
  const rule = positive.map(group).join(' AND ');
  if (exclude.length === 0) return rule;
  return rule ? `${rule} NOT ${group(exclude)}` : `NOT ${group(exclude)}`;
}

function terms(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))].map(formatTerm);
}
