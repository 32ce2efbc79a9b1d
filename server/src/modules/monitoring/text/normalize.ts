import * as Locale from 'opencc-js/preset/t2cn';
import { scriptConverter } from './script-conversion.js';

/*
 * Traditional → simplified through OpenCC's Hong Kong chain (HK variants → OpenCC traditional →
 * mainland simplified). It covers generic traditional text as the plain 't' chain does, and HK
 * variant forms besides. The Taiwan chain is not used: its variant table also rewrites simplified
 * characters (么 → 幺, 著 → 着), and most of what we read is already simplified.
 * Built once per process (≈15 ms): the tries are the expensive part.
 */
const toSimplified = scriptConverter([...Locale.from.hk, ...Locale.to.cn]);

/*
 * Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
 * bidirectional marks and overrides, and C0/C1 controls other than whitespace. Weibo pads posts with
 * U+200B, and a copied text differs from its original by them alone.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/g;
// NEL (U+0085) breaks lines but is not in JavaScript's \s.
const SPACES = /[\s\x85]+/g;

/**
 * The text every later stage reads: invisible characters removed; NFKC, which turns full-width ASCII
 * into ASCII, the ideographic and no-break spaces into spaces and compatibility ideographs into
 * their unified forms; traditional characters made simplified; runs of whitespace (new lines too)
 * one space; no space at either end. Case is kept: matching folds it where it needs to.
 *
 * Idempotent, and applied to every item, so it keeps to the three passes it needs.
 */
export function normalizeText(text: string): string {
  const visible = text.replace(INVISIBLE, '').normalize('NFKC').replace(SPACES, ' ').trim();
  return visible && toSimplified(visible);
}
