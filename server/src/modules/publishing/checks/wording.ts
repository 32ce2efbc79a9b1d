import type { CheckOptions, Finding } from './finding.js';
import { createFinding } from './finding.js';
import { createPhraseMatcher, type Phrase, type PhraseHit } from './phrase-matcher.js';
import { DEFAULT_FORMULATIONS, DEFAULT_WRONG_CHARACTERS } from './wording-defaults.js';

/** A unit's 规范表述 entry: the wrong form, the standard one, and why. */
export interface Formulation {
  wrong: string;
  right: string;
  note?: string | null;
}

export interface WrongCharacter {
  wrong: string;
  right: string;
  /** Longer strings in which `wrong` is correct (see Phrase.except). */
  except?: readonly string[];
  note?: string | null;
}

/** A unit's own sensitive or banned word, with an optional remark for the author. */
export interface WordEntry {
  word: string;
  note?: string | null;
}

type Matcher<T> = (text: string) => PhraseHit<T>[];

/** Lists are read-only values held by the rules; building their matcher once per list keeps repeated checks cheap. */
function memoised<L extends object, T>(toPhrases: (list: L) => Phrase<T>[]): (list: L) => Matcher<T> {
  const cache = new WeakMap<L, Matcher<T>>();
  return (list) => {
    let matcher = cache.get(list);
    if (!matcher) cache.set(list, (matcher = createPhraseMatcher(toPhrases(list))));
    return matcher;
  };
}

const replacementMatcher = memoised((list: readonly (Formulation | WrongCharacter)[]) =>
  list.map((e) => ({ phrase: e.wrong, except: 'except' in e ? e.except : undefined, value: e })),
);
const wordMatcher = memoised((list: readonly WordEntry[]) => list.map((e) => ({ phrase: e.word, value: e })));

function replacements(text: string, list: readonly (Formulation | WrongCharacter)[], rule: 'formulation' | 'wrong_character', options: CheckOptions): Finding[] {
  return replacementMatcher(list)(text).map((h) =>
    createFinding({ rule, severity: 'warn', start: h.start, end: h.end, text: text.slice(h.start, h.end), suggestion: h.value.right, note: h.value.note }, options.locale),
  );
}

export function checkFormulations(text: string, options: CheckOptions & { formulations?: readonly Formulation[] } = {}): Finding[] {
  return replacements(text, options.formulations ?? DEFAULT_FORMULATIONS, 'formulation', options);
}

export function checkWrongCharacters(text: string, options: CheckOptions & { wrongCharacters?: readonly WrongCharacter[] } = {}): Finding[] {
  return replacements(text, options.wrongCharacters ?? DEFAULT_WRONG_CHARACTERS, 'wrong_character', options);
}

/** The unit's own list; empty unless the unit fills it. */
export function checkWordList(text: string, options: CheckOptions & { words?: readonly WordEntry[] } = {}): Finding[] {
  return wordMatcher(options.words ?? [])(text).map((h) =>
    createFinding({ rule: 'word_list', severity: 'warn', start: h.start, end: h.end, text: text.slice(h.start, h.end), note: h.value.note }, options.locale),
  );
}
