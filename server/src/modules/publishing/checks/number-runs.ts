/**
 * Finds the digit strings that could be identifiers, in width-folded text (see text-fold.ts), so
 * that 138 1234 5678, 138-1234-5678, １３８１２３４５６７８ and 6101 0419 9001 0112 34 are read as
 * the numbers they are, with offsets pointing at what the author typed.
 *
 * Digits form groups; groups separated by one to three spaces or hyphens form a run. A candidate
 * is any stretch of whole groups in a run, so every candidate has digit boundaries, and
 * "ID 610104199001011234 13812345678" still yields the ID and the phone separately. Inside a
 * candidate every group but the last has at least three digits (or is the 86 of a phone prefix),
 * which keeps lists of small numbers from being glued into one.
 *
 * A group touching a Latin letter (a product code, a hash) or part of a decimal (3.1415…) is no
 * identifier and breaks the run; a trailing X after the digits is kept for the ID check character.
 */

export interface NumberCandidate {
  start: number;
  end: number;
  /** The digits without separators, with a final X when the number ends in one. */
  value: string;
  /** A + right before the number, as in +86 138 1234 5678. */
  plus: boolean;
}

interface Group {
  start: number;
  end: number;
  digits: string;
  trailingX: boolean;
  glued: boolean;
}

const MAX_DIGITS = 19;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSeparator = (c: string) => c === ' ' || c === '-' || c === '\t' || c === '\u00a0';

function readGroups(text: string): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i])) continue;
    const start = i;
    while (isDigit(text[i + 1])) i++;
    const end = i + 1;
    const next = text[end];
    const trailingX = (next === 'X' || next === 'x') && !isLetter(text[end + 1]) && !isDigit(text[end + 1]);
    const glued =
      isLetter(text[start - 1]) || (text[start - 1] === '.' && isDigit(text[start - 2])) || (!trailingX && isLetter(next)) || (next === '.' && isDigit(text[end + 1]));
    groups.push({ start, end, digits: text.slice(start, end), trailingX, glued });
    if (trailingX) i++;
  }
  return groups;
}

function joined(text: string, a: Group, b: Group): boolean {
  if (a.trailingX || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (!isSeparator(text[i])) return false;
  return true;
}

function runsOf(text: string, groups: Group[]): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  for (const g of groups) {
    if (g.glued) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (run.length && !joined(text, run[run.length - 1], g)) {
      runs.push(run);
      run = [];
    }
    run.push(g);
  }
  if (run.length) runs.push(run);
  return runs;
}

export function numberCandidates(folded: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (const run of runsOf(folded, readGroups(folded))) {
    for (let a = 0; a < run.length; a++) {
      let digits = '';
      for (let b = a; b < run.length; b++) {
        if (b > a && run[b - 1].digits.length < 3 && !(b - 1 === a && run[a].digits === '86')) break;
        digits += run[b].digits;
        if (digits.length > MAX_DIGITS) break;
        const last = run[b];
        out.push({
          start: run[a].start,
          end: last.end + (last.trailingX ? 1 : 0),
          value: digits + (last.trailingX ? 'X' : ''),
          plus: folded[run[a].start - 1] === '+',
        });
      }
    }
  }
  return out;
}
