import { CONTRASTS, DEGREES, NEGATIONS, SENTIMENT_TERMS } from './lexicon-words.js';
import { cleanText } from './preprocess.js';

type Entry =
  | { term: string; kind: 'sentiment'; weight: number }
  | { term: string; kind: 'degree'; factor: number }
  | { term: string; kind: 'negation' }
  | { term: string; kind: 'contrast' };

/**
 * Every entry under its first UTF-16 code unit, longest first, so a scan tries 不作为 before 不.
 * The scan looks up every character of every text, so the lists are found through an array
 * indexed by code unit (`listOf`, 0 for none) rather than a map, and no character becomes a string.
 */
const byFirstChar = new Map<number, Entry[]>();
for (const entry of [
  ...SENTIMENT_TERMS.map(([term, weight]): Entry => ({ term, kind: 'sentiment', weight })),
  ...DEGREES.map(([term, factor]): Entry => ({ term, kind: 'degree', factor })),
  ...NEGATIONS.map((term): Entry => ({ term, kind: 'negation' })),
  ...CONTRASTS.map((term): Entry => ({ term, kind: 'contrast' })),
]) {
  const list = byFirstChar.get(entry.term.charCodeAt(0)) ?? [];
  list.push(entry);
  byFirstChar.set(entry.term.charCodeAt(0), list);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.term.length - a.term.length);
const lists: Entry[][] = [[]];
const listOf = new Uint16Array(0x10000);
for (const [unit, list] of byFirstChar) listOf[unit] = lists.push(list) - 1;

/** Negation and degree reach this many unmatched characters ahead: 没有人及时回应, not the next clause. */
const WINDOW = 3;
/** Punctuation ends a clause, and with it any pending negation or degree (cleaned text is NFKC, so ASCII). */
const CLAUSE_END = new Set([...',.!?;:~\u3001\u3002\u2026\n'].map((c) => c.charCodeAt(0)));
/** A negated negative word is weakly good, not good: 不贵 is not 便宜, 没有推诿 is not 点赞. */
const NEGATED_NEGATIVE = 0.5;
/** A degree word after a negation softens it: 不太满意 is milder than 不满意. */
const SOFTENED = 0.5;
/** The clause after a contrast word carries the verdict. */
const CONTRAST_BOOST = 1.5;
/** Sum of weighted hits → [-1, 1]: one strong word (±3) gives about ±0.76. */
const SATURATION = 3;

function matchAt(text: string, i: number): Entry | undefined {
  const list = lists[listOf[text.charCodeAt(i)]];
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k].term, i)) return list[k];
  return undefined;
}

/** The signed sum of the lexicon hits in cleaned text, after negation, degree and contrast. */
function lexiconSum(cleaned: string): number {
  let sum = 0;
  let boost = 1;
  let negations = 0;
  let factor = 1;
  let gap = -1; // unmatched characters since the last modifier; -1 when none is pending
  const clear = () => {
    negations = 0;
    factor = 1;
    gap = -1;
  };
  for (let i = 0; i < cleaned.length; ) {
    const entry = matchAt(cleaned, i);
    if (!entry) {
      if (CLAUSE_END.has(cleaned.charCodeAt(i)) || (gap >= 0 && ++gap > WINDOW)) clear();
      i++;
      continue;
    }
    i += entry.term.length;
    if (entry.kind === 'negation') {
      negations++;
      gap = 0;
    } else if (entry.kind === 'degree') {
      factor *= negations > 0 ? SOFTENED : entry.factor;
      gap = 0;
    } else if (entry.kind === 'contrast') {
      clear();
      boost = CONTRAST_BOOST;
    } else {
      const value = entry.weight * factor;
      const negated = negations % 2 === 1;
      sum += boost * (negated ? (value > 0 ? -value : -value * NEGATED_NEGATIVE) : value);
      clear();
    }
  }
  return sum;
}

/** lexiconScore for text that already went through cleanText (the model's features do). */
export function lexiconScoreOfCleaned(cleaned: string): number {
  return Math.tanh(lexiconSum(cleaned) / SATURATION);
}

/** Lexicon-only sentiment in [-1, 1], below 0 negative; 0 when no lexicon word occurs. */
export function lexiconScore(text: string): number {
  return lexiconScoreOfCleaned(cleanText(text));
}
