import type { Finding } from './finding.js';
import { compareFindings } from './finding.js';
import { checkIdentifiers, type IdentifierOptions } from './identifiers.js';
import { checkLinks } from './links.js';
import { checkMarkings } from './markings.js';
import { checkFormulations, checkWordList, checkWrongCharacters, type Formulation, type WordEntry, type WrongCharacter } from './wording.js';
import { DEFAULT_FORMULATIONS, DEFAULT_WRONG_CHARACTERS } from './wording-defaults.js';

/**
 * What a check run depends on: the lists a unit edits, and (from IdentifierOptions) the language
 * of the messages and the day birth dates are measured against.
 */
export interface CheckRules extends IdentifierOptions {
  /** 规范表述: wrong → right, with a note. Complete: a unit's list is added to the defaults by the caller. */
  formulations: readonly Formulation[];
  /** The unit's own sensitive or banned words. */
  words: readonly WordEntry[];
  /** 错别字; the built-in list when absent. */
  wrongCharacters?: readonly WrongCharacter[];
}

export const DEFAULT_RULES: CheckRules = {
  formulations: DEFAULT_FORMULATIONS,
  words: [],
  wrongCharacters: DEFAULT_WRONG_CHARACTERS,
};

/**
 * Every check that needs nothing but the text, in reading order. Each checker is one linear pass
 * (see the files), so a 200-page draft costs tens of milliseconds, not a frozen server. Dead links
 * (findDeadLinks) and images (checkImage) need I/O and run separately.
 */
export function runChecks(text: string, rules: CheckRules = DEFAULT_RULES): Finding[] {
  return [
    ...checkMarkings(text, rules),
    ...checkIdentifiers(text, rules),
    ...checkFormulations(text, rules),
    ...checkWordList(text, rules),
    ...checkWrongCharacters(text, rules),
    ...checkLinks(text, rules),
  ].sort(compareFindings);
}
