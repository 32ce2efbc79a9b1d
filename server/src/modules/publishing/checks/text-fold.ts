/**
 * Full-width forms (１３８, ＡＢＣ, ＋, －) become their ASCII twins and the ideographic space a plain
 * space. Each replaced character is one UTF-16 unit and so is its twin: offsets in the folded text
 * are offsets in the original, which is why the checkers can scan folded text and report positions
 * in what the author wrote.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Width-folded and ASCII lower-cased, still offset-preserving: how word lists are matched. */
export function foldForMatch(text: string): string {
  return foldWidth(text).replace(/[A-Z]/g, (c) => c.toLowerCase());
}
