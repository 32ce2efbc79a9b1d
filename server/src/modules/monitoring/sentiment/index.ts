/**
 * Sentiment of public mentions: negative / neutral / positive with a score in [-1, 1]. A logistic
 * regression over hashed character n-grams, each scaled by how one-sided it is in training, with
 * a public-service lexicon (negation and degree aware) as one of its inputs and as the baseline it
 * is measured against.
 */
export { classify, COMMITTED_MODEL_FILE, loadModel } from './classify.js';
export { lexiconScore } from './lexicon.js';
export { predict, train, type Prediction, type SentimentLabel, type SentimentModel, type TrainingExample, type TrainOptions } from './model.js';
export { parseModel, serialiseModel } from './model-file.js';
export { cleanText } from './preprocess.js';
export { sentimentCommand } from './sentiment-command.js';
export { CORRECTION_WEIGHT, trainSentimentCommand, type SentimentCorrection, type TrainSentimentOptions } from './train-command.js';
// For the benchmark, which rebuilds the held-out split exactly as training made it.
export { DEFAULT_CORPORA_DIR, readSentimentCorpora, SENTIMENT_SOURCES } from './corpora.js';
export { evaluateHeldOut, formatEvaluation } from './evaluate.js';
export { formatSplitCounts, splitCorpus } from './split.js';
