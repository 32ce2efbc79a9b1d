/*
 * The monitoring text pipeline: normalise, segment and weigh words, and group near-duplicates.
 * Every function here is pure or keeps its state in the object it belongs to; nothing touches the
 * database. README.md in this folder explains the choices and the numbers behind them.
 */
export { normalizeText } from './normalize.js';
export { canonicalForDedup } from './canonical.js';
export { hammingDistance, simhash, type SimHash } from './simhash.js';
export { NEAR_DUP_DEFAULTS, NearDupIndex, type NearDupOptions } from './near-dup.js';
export { isKeywordCandidate, Segmenter, UnitSegmenters, type Keyword } from './segment.js';
export { isContentToken, STOPWORDS } from './stopwords.js';
export { inverseDocumentFrequency } from './idf.js';
export { dedupCommand } from './dedup-command.js';
// For the benchmark (bench/text.bench.mjs): the corpora beside the repository and the evaluation on them.
export { loadTextCorpus, type TextCorpus } from './eval-corpus.js';
export { buildNearDupSet, type NearDupSet } from './near-dup-eval-set.js';
export { evaluateNearDup, formatNearDupEvaluation, scoreNearDupSet, type NearDupEvaluation } from './near-dup-eval.js';
