/**
 * Text as the matcher sees it. The default is NFKC (which also turns full-width ASCII into ASCII
 * and the ideographic space into a space) followed by ASCII lower-casing. Traditional → simplified
 * is the text pipeline's job, upstream; pass its converter as `normalize` to apply it here too.
 *
 * A `normalize` function must be local: normalising a text must give the same result as
 * normalising each character (with its combining marks) on its own and joining the results. NFKC,
 * case and width folding and character-level 繁→简 all are. That is what lets hits point into the
 * text as written even where normalising changes its length (`…` → `...`, `℃` → `°C`).
 */
export type Normalize = (text: string) => string;

export const defaultNormalize: Normalize = (text) => lowerAscii(text.normalize('NFKC'));

export function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

/**
 * Full-width ASCII forms become ASCII and the ideographic space a space. One code unit for one, so
 * offsets in the folded text are offsets in the original: the lexer reads `（`, `＂` and `ＡＮＤ`
 * as `(`, `"` and `AND` and still reports positions in what the user typed.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A normalised text and the way back from its offsets to the text as written. */
export interface AlignedText {
  text: string;
  /** Maps a span of `text` to the span of the original it came from (end exclusive). */
  toOriginal(start: number, end: number): [number, number];
}

const identity = (start: number, end: number): [number, number] => [start, end];
const COMBINING = /^\p{M}/u;

/** Whether the code unit may start a combining mark; false for the ASCII, CJK and full-width bulk. */
const mayCombine = (c: number) => c >= 0x300 && !(c >= 0x4e00 && c <= 0x9fff) && !(c >= 0xff00 && c <= 0xffef);

/**
 * Normalises `original` and keeps a map back to it. When normalising keeps the length (nearly all
 * Chinese text) the offsets are the same; otherwise each character is normalised with its combining
 * marks and every produced code unit remembers the span it came from. `cache` (per matcher) keeps
 * that slow path cheap: a text full of `……` costs a map lookup a character.
 */
export function alignNormalized(original: string, normalize: Normalize, cache: Map<string, string>): AlignedText {
  const whole = normalize(original);
  if (whole.length === original.length) return { text: whole, toOriginal: identity };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    let j = i + unitsAt(original, i);
    while (j < n && mayCombine(original.charCodeAt(j)) && COMBINING.test(original.slice(j, j + 2))) j += unitsAt(original, j);
    const cluster = original.slice(i, j);
    let normalized = cache.get(cluster);
    if (normalized === undefined) {
      normalized = normalize(cluster);
      if (cache.size < 10_000) cache.set(cluster, normalized);
    }
    parts.push(normalized);
    for (let k = 0; k < normalized.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return {
    text: parts.join(''),
    toOriginal: (start, end) => (end > start ? [starts[start], ends[end - 1]] : [starts[start] ?? n, starts[start] ?? n]),
  };
}

/** 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
