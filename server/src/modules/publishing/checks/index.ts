/** Pre-publication checks: pure checkers over plain text, plus the I/O edges (documents, links, images). */
export { RULES, compareFindings, findingMessage, type CheckOptions, type Finding, type Rule, type Severity } from './finding.js';
export { EXTRACT_MESSAGES, FINDING_MESSAGES, type ExtractErrorCode } from './messages.js';
export { DEFAULT_RULES, runChecks, type CheckRules } from './run-checks.js';
export { checkMarkings } from './markings.js';
export { checkIdentifiers, type IdentifierOptions } from './identifiers.js';
export { validateResidentId, residentIdCheckChar, type ResidentIdVerdict } from './resident-id.js';
export { validateCreditCode, creditCodeCheckChar, type CreditCodeVerdict } from './credit-code.js';
export { luhnValid, luhnCheckDigit } from './luhn.js';
export { checkFormulations, checkWordList, checkWrongCharacters, type Formulation, type WordEntry, type WrongCharacter } from './wording.js';
export { DEFAULT_FORMULATIONS, DEFAULT_WRONG_CHARACTERS } from './wording-defaults.js';
export { checkLinks, extractLinks, type Link } from './links.js';
export { checkLinksAlive, findDeadLinks, type AliveOptions, type LinkState, type LinkStatus } from './links-alive.js';
export { checkImage } from './images.js';
export { DocumentError, extractText } from './extract.js';
export { extractDocxImages, type EmbeddedImage } from './docx-images.js';
