import { normalizeText } from '../text/index.js';

/**
 * The search index's view of a text: runs of letters and digits (normalised, lower case), each
 * cut into overlapping character bigrams followed by its last character alone. 「拆迁安置」 gives
 * 拆迁 迁安 安置 置. A query of two or more characters is then a phrase of its bigrams, which
 * matches exactly where it occurs as a substring; one character is a prefix of some bigram or a
 * run's last character.
 */

const RUN = /[\p{L}\p{N}]+/gu;
/** PostgreSQL keeps positions up to 16,383; the head of a long article says what it is about. */
export const MAX_INDEXED_CHARS = 16_000;

export function searchRuns(text: string): string[][] {
  return (normalizeText(text).toLowerCase().match(RUN) ?? []).map((run) => Array.from(run));
}

/** The index terms of `text` in order; `null` marks the break between runs. */
export function indexTerms(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  let budget = MAX_INDEXED_CHARS;
  for (const chars of searchRuns(text)) {
    if (budget <= 0) break;
    const run = chars.slice(0, budget);
    budget -= run.length;
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
    out.push(run[run.length - 1], null);
  }
  return out;
}

/** One part of a query: a phrase of bigrams, or a single character looked up as a prefix. */
export type QueryPart = { kind: 'phrase'; bigrams: string[] } | { kind: 'prefix'; char: string };

/** Every part must match. Spaces and punctuation separate parts: 「灞桥 拆迁」 finds texts with both. */
export function queryParts(query: string): QueryPart[] {
  return searchRuns(query).map((chars) =>
    chars.length === 1 ? { kind: 'prefix', char: chars[0] } : { kind: 'phrase', bigrams: chars.slice(1).map((c, i) => chars[i] + c) },
  );
}

/** FTS5 document: terms separated by spaces (unicode61 keeps each bigram one token). */
export function fts5Document(text: string): string {
  return indexTerms(text)
    .filter((t): t is string => t !== null)
    .join(' ');
}

export function fts5Query(parts: QueryPart[]): string {
  return parts.map((p) => (p.kind === 'prefix' ? `"${p.char}"*` : `"${p.bigrams.join(' ')}"`)).join(' AND ');
}

/**
 * PostgreSQL tsvector in its input syntax, with positions so phrases work: runs are two positions
 * apart, so no phrase spans the punctuation between them. Terms hold letters and digits only, so
 * the quoting needs no escapes.
 */
export function tsvectorLiteral(text: string): string {
  const out: string[] = [];
  let position = 1;
  for (const term of indexTerms(text)) {
    if (term === null) position++;
    else out.push(`'${term}':${Math.min(position++, 16_383)}`);
  }
  return out.join(' ');
}

export function tsqueryLiteral(parts: QueryPart[]): string {
  return parts.map((p) => (p.kind === 'prefix' ? `'${p.char}':*` : `(${p.bigrams.map((b) => `'${b}'`).join(' <-> ')})`)).join(' & ');
}
