import { Jieba } from '@node-rs/jieba';
// With the extension: the package has no exports map, and Node's ESM resolver adds none.
import { dict } from '@node-rs/jieba/dict.js';
import { inverseDocumentFrequency } from './idf.js';
import { normalizeText } from './normalize.js';
import { isCommonLetter, isContentToken } from './stopwords.js';

export interface Keyword {
  word: string;
  /** TF-IDF: the word's share of the text's content tokens times its inverse document frequency. */
  weight: number;
}

/**
 * The frequency a user word is given. jieba keeps a word whole when its frequency beats the product
 * of its parts' over the dictionary total (6 × 10^7): for two common parts of 10^5 each that is
 * about 170, so 10^5 keeps a place or unit name whole wherever it appears in full.
 */
const USER_WORD_FREQUENCY = 100_000;
const LETTER = /\p{L}/u;

/**
 * Whether a content token may be a keyword: two characters or more, and a letter among them.
 * Single characters and figures (2020, 0.13%) rarely name what a text is about.
 */
export function isKeywordCandidate(term: string): boolean {
  return term.length >= 2 && (isCommonLetter(term.charCodeAt(0)) || LETTER.test(term));
}

/** A user word as it must be to reach jieba: normalised like the text it will meet, no spaces (the dictionary's separator). */
function userWord(word: string): string | null {
  const normalized = normalizeText(word);
  return normalized.length >= 2 && !/\s/.test(normalized) ? normalized : null;
}

/**
 * Word segmentation with jieba, a user dictionary of place and unit names (灞桥街道, 纺织城社区), and
 * TF-IDF keywords. Each segmenter with user words owns its jieba instance: jieba has no way to take
 * a word back out, so two units sharing one would see each other's names. An instance holds the
 * whole dictionary (≈37 MB, ≈0.25 s to build), which is why UnitSegmenters keeps a bounded number.
 * Texts are expected normalised (normalize.ts), as the IDF table was computed on normalised text.
 */
export class Segmenter {
  private static shared: Segmenter | undefined;
  private readonly words = new Set<string>();

  private constructor(
    private readonly jieba: Jieba,
    private readonly frozen: boolean,
  ) {}

  /** jieba's dictionary alone, one instance for the process; it takes no user words. */
  static base(): Segmenter {
    Segmenter.shared ??= new Segmenter(Jieba.withDict(dict), true);
    return Segmenter.shared;
  }

  /** A segmenter of its own with `words` added to jieba's dictionary. */
  static withWords(words: Iterable<string>): Segmenter {
    const segmenter = new Segmenter(Jieba.withDict(dict), false);
    segmenter.addWords(words);
    return segmenter;
  }

  /** The user words added so far, normalised. */
  get userWords(): ReadonlySet<string> {
    return this.words;
  }

  /** Adds words to this segmenter's dictionary (cheap: no rebuild). Words shorter than two characters or with spaces are skipped. */
  addWords(words: Iterable<string>): void {
    if (this.frozen) throw new Error('the base segmenter is shared by every unit and takes no user words: use Segmenter.withWords');
    const fresh = [...words].map(userWord).filter((w): w is string => w !== null && !this.words.has(w));
    if (fresh.length === 0) return;
    this.jieba.loadDict(Buffer.from(fresh.map((w) => `${w} ${USER_WORD_FREQUENCY} nz\n`).join('')));
    for (const w of fresh) this.words.add(w);
  }

  /** Every token of `text` in order, whitespace dropped. HMM on, so names jieba does not know still come out as words. */
  cut(text: string): string[] {
    return this.jieba.cut(text, true).filter((token) => token.trim() !== '');
  }

  /** The content tokens of `text`: no stopwords, no punctuation or symbols. */
  terms(text: string): string[] {
    return this.jieba.cut(text, true).filter(isContentToken);
  }

  /** The `k` keyword candidates of `text` with the highest TF-IDF, heaviest first (ties in first-seen order). */
  keywords(text: string, k: number): Keyword[] {
    // One pass over jieba's tokens, no array of terms: this runs for every ingested item.
    let terms = 0;
    const counts = new Map<string, number>();
    for (const token of this.jieba.cut(text, true)) {
      if (!isContentToken(token)) continue;
      terms++;
      if (isKeywordCandidate(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    // The k heaviest by insertion into a short list, each after those at least as heavy: what a
    // stable sort and slice would give (ties in first-seen order), without sorting every candidate.
    const top: Keyword[] = [];
    for (const [word, count] of counts) {
      const weight = (count / terms) * inverseDocumentFrequency(word);
      if (top.length === k && (k === 0 || top[k - 1].weight >= weight)) continue;
      let at = top.length;
      while (at > 0 && top[at - 1].weight < weight) at--;
      top.splice(at, 0, { word, weight });
      if (top.length > k) top.pop();
    }
    return top;
  }
}

/**
 * The segmenter of each unit, built on first use: units without user words share the base one;
 * a unit whose list grew gets the new words added in place; one whose list lost words is rebuilt
 * (jieba cannot forget a word). At most `capacity` instances are kept, the least recently used
 * going first.
 */
export class UnitSegmenters {
  /** Per unit, its segmenter and the word list it was last asked with, joined. */
  private readonly byUnit = new Map<string, { words: string; segmenter: Segmenter }>();

  constructor(private readonly capacity = 8) {}

  /** The segmenter for `unit` with `words` as its dictionary. An unchanged list costs one string comparison, so this can be called for every item. */
  get(unit: string, words: readonly string[]): Segmenter {
    const key = words.join('\n');
    const known = this.byUnit.get(unit);
    const segmenter = known?.words === key ? known.segmenter : this.update(known?.segmenter, words);
    // Map order is insertion order: re-inserting marks the unit as the most recently used. Units
    // on the shared base segmenter take no place: the capacity bounds jieba instances.
    this.byUnit.delete(unit);
    if (segmenter.userWords.size === 0) return segmenter;
    this.byUnit.set(unit, { words: key, segmenter });
    if (this.byUnit.size > this.capacity) this.byUnit.delete(this.byUnit.keys().next().value!);
    return segmenter;
  }

  private update(segmenter: Segmenter | undefined, words: readonly string[]): Segmenter {
    const wanted = new Set(words.map(userWord).filter((w): w is string => w !== null));
    if (wanted.size === 0) return Segmenter.base();
    if (segmenter && [...segmenter.userWords].every((w) => wanted.has(w))) {
      segmenter.addWords(wanted);
      return segmenter;
    }
    return Segmenter.withWords(wanted);
  }
}
