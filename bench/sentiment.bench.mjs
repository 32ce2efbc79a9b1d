#!/usr/bin/env node
// Sentiment: accuracy and macro-F1 on the held-out split of ../shared/corpora/sentiment, the
// committed model beside the lexicon-only baseline in the same run, and classification speed.
// Reads the compiled server (`npx tsc -b common server` first) and the corpora, never copied.
//
// The split is rebuilt exactly as `yuqing text train-sentiment` made it: Weibo emoticons and emoji
// stripped, texts deduplicated across all files (after cleaning, ignoring punctuation), then split by
// a hash of the text, so no held-out text or near-copy of it was trained on. The corpora are binary:
// a score below 0 counts as a negative call; "neutral" is the share inside the model's neutral band.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = path.resolve(root, '../shared/corpora');
const sentiment = await import(path.join(root, 'server/dist/modules/monitoring/sentiment/index.js'));
const { classify, cleanText, evaluateHeldOut, formatEvaluation, formatSplitCounts, lexiconScore, loadModel, readSentimentCorpora, splitCorpus } = sentiment;

const model = loadModel();
const split = splitCorpus(readSentimentCorpora(corporaDir));
const rows = evaluateHeldOut(split.test, { score: (text) => classify(text).score, neutralBand: model.neutralBand }, lexiconScore);

console.log(`\nSentiment — committed model trained ${model.provenance.trainedAt.slice(0, 10)} on ${model.provenance.examples.toLocaleString()} texts; neutral band |score| < ${model.neutralBand}\n`);
console.log(formatSplitCounts(split.counts));
console.log(`\nHeld-out split (${split.test.length.toLocaleString()} texts never trained on)\n`);
console.log(formatEvaluation(rows));

// The figures stored in the model file came from the same split: a difference means the corpora,
// the cleaning or the split changed since the model was trained.
const stored = new Map(model.provenance.heldOut?.map((r) => [r.set, r.model.accuracy]) ?? []);
const drift = rows.filter((r) => stored.has(r.set) && Math.abs(stored.get(r.set) - r.model.accuracy) > 1e-4);
if (drift.length) console.log(`\nWarning: differs from the model file's own figures for ${drift.map((r) => r.set).join(', ')}: retrain.`);

// Unlabelled news headlines: mostly factual, so most should come out neutral.
const headlines = fs.readFileSync(path.join(corporaDir, 'news/tnews_train.tsv'), 'utf8').split('\n').slice(0, 5000).map((l) => l.split('\t')[0]).filter(Boolean);
const labels = { negative: 0, neutral: 0, positive: 0 };
for (const h of headlines) labels[classify(h).label]++;
const share = (n) => `${((100 * n) / headlines.length).toFixed(1)}%`;
console.log(`\nTNEWS headlines (first ${headlines.length.toLocaleString()}, unlabelled): ${share(labels.neutral)} neutral, ${share(labels.negative)} negative, ${share(labels.positive)} positive`);

// Speed on one core: the held-out texts, several passes, the median pass.
const texts = split.test.map((r) => r.text);
const perSecond = (fn) => {
  for (const t of texts.slice(0, 500)) fn(t);
  const runs = Array.from({ length: Number(process.env.BENCH_RUNS ?? 5) }, () => {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    return texts.length / ((performance.now() - t0) / 1000);
  }).sort((a, b) => a - b);
  return Math.round(runs[Math.floor(runs.length / 2)]).toLocaleString();
};
const chars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
console.log(`\nSpeed (Node ${process.version}, ${texts.length.toLocaleString()} held-out texts, ${chars} characters on average, median of passes)\n`);
console.log('| step | texts/s |\n|---|---:|');
console.log(`| classify (clean, n-grams, lexicon, model) | ${perSecond(classify)} |`);
console.log(`| lexicon only (clean, lexicon) | ${perSecond(lexiconScore)} |`);
console.log(`| cleaning only (NFKC, emoticons, traditional → simplified) | ${perSecond(cleanText)} |`);
