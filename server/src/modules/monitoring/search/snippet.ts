import { normalizeText } from '../text/index.js';
import { searchRuns } from './bigrams.js';

/** A piece of a snippet: plain text, and whether it is a hit. The client renders it as text, never HTML. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/**
 * The part of `text` around its first hit of any query part, hits marked, about `width`
 * characters. Matching is on the normalised text (full width, traditional characters, case), the
 * same the index saw, so the snippet shows the normalised text.
 */
export function buildSnippet(text: string, query: string, width = 120): SnippetSegment[] {
  const normalized = normalizeText(text).replace(/\s+/g, ' ').trim();
  const needles = searchRuns(query).map((chars) => chars.join(''));
  const lower = normalized.toLowerCase();
  const hits: [number, number][] = [];
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) hits.push([at, at + needle.length]);
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), normalized.length - width));
  const end = Math.min(normalized.length, start + width);
  const segments: SnippetSegment[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to <= from) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += normalized.slice(from, to);
    else segments.push({ text: normalized.slice(from, to), hit });
  };
  if (start > 0) segments.push({ text: '…', hit: false });

  let at = start;
  for (const [from, to] of hits) {
    if (to <= at || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (end < normalized.length) segments.push({ text: '…', hit: false });
  return segments;
}
