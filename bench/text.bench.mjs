#!/usr/bin/env node
// Monitoring text pipeline: near-duplicate precision and recall, and throughput on one core.
// Reads the compiled server (`npm run build` first) and ../shared/corpora (never copied).
//
// 1. Near-duplicates on a set built from the corpora (server/src/modules/monitoring/text/
//    near-dup-eval-set.ts): BENCH_SAMPLE originals (default 5,000: half Weibo posts, half news
//    headlines) each with one to three reposts made by realistic edits, and half as many
//    hard-negative pairs (different stories sharing a topic header, a credit line or a //@ comment,
//    and CCTV posts that open with the same 【header】). Pairwise precision and recall, then the
//    same set under other settings, to show where the defaults sit.
// 2. Throughput, items per second on one core, median of BENCH_RUNS (default 5) runs over the
//    TNEWS headlines and over the Weibo posts: normalise, then canonical form, SimHash, then the
//    whole near-duplicate index (canonical form, SimHash, banded lookup, edit-distance check),
//    beside jieba segmentation alone in the same run as the ceiling.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(root, '../shared/corpora');
const text = await import(path.join(root, 'server/dist/modules/monitoring/text/index.js'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 5000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const corpus = text.loadTextCorpus(corpora);

// 1. Near-duplicates.
const set = await text.buildNearDupSet(corpus, SAMPLE, SEED);
console.log(text.formatNearDupEvaluation(text.scoreNearDupSet(set)));
console.log('\nThe same set under other settings:\n');
console.log('| setting | precision | recall | ms |');
console.log('|---|---|---|---|');
const D = text.NEAR_DUP_DEFAULTS;
const variants = [
  [`defaults: ${D.ngram}-grams, ≤ ${D.maxDistance} bits, probe radius ${D.probeRadius}, edit similarity ≥ ${D.minSimilarity}, exact under ${D.minLength}`, {}],
  ['≤ 11 bits (all found by radius 2)', { maxDistance: 11 }],
  ['≤ 7 bits', { maxDistance: 7 }],
  ['SimHash alone: ≤ 3 bits, 4 bands of 16, no edit-distance check', { maxDistance: 3, probeRadius: 0, minSimilarity: 0 }],
  ['SimHash alone: ≤ 11 bits, no edit-distance check', { maxDistance: 11, minSimilarity: 0 }],
  ['probe radius 3 (all within 15 found)', { probeRadius: 3 }],
  ['1-grams', { ngram: 1 }],
  ['3-grams', { ngram: 3 }],
  ['edit similarity ≥ 0.7', { minSimilarity: 0.7 }],
  ['edit similarity ≥ 0.8', { minSimilarity: 0.8 }],
  ['exact only under 8 characters', { minLength: 8 }],
];
for (const [name, options] of variants) {
  const t0 = performance.now();
  const e = text.scoreNearDupSet(set, options);
  console.log(`| ${name} | ${e.precision.toFixed(4)} | ${e.recall.toFixed(4)} | ${fmt(performance.now() - t0)} |`);
}
console.log(`\n(ms: the ${fmt(set.texts.length)} texts of the set through normalise → index, one run)`);

// 2. Throughput.
const datasets = {
  'TNEWS headlines': fs
    .readFileSync(path.join(corpora, 'news/tnews_train.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0])
    .filter(Boolean),
  'Weibo posts': corpus.weibo,
};
const segmenter = text.Segmenter.base();
const stages = [
  ['normalise', (items) => { for (const t of items) text.normalizeText(t); }],
  ['normalise → canonical form → SimHash', (items) => { for (const t of items) text.simhash(text.canonicalForDedup(text.normalizeText(t)), D.ngram); }],
  ['normalise → near-duplicate index (canonical, SimHash, lookup, check)', (items) => { const index = new text.NearDupIndex(); items.forEach((t, i) => index.assign(text.normalizeText(t), i)); }],
  ['jieba segmentation alone (ceiling)', (items) => { for (const t of items) segmenter.cut(t); }],
];
const rates = new Map();
for (const [name, items] of Object.entries(datasets)) {
  for (const [, run] of stages) run(items.slice(0, 2000)); // warm up: JIT, OpenCC tries, jieba dictionary
  for (const [stage, run] of stages) {
    const seconds = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      run(items);
      seconds.push((performance.now() - t0) / 1000);
    }
    rates.set(`${name}|${stage}`, items.length / median(seconds));
  }
}
const names = Object.keys(datasets);
console.log(`\nThroughput, items/s on one core, median of ${RUNS} runs (${names.map((n) => `${fmt(datasets[n].length)} ${n}`).join(', ')}):\n`);
console.log(`| stage | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
for (const [stage] of stages) console.log(`| ${stage} | ${names.map((n) => fmt(rates.get(`${n}|${stage}`))).join(' | ')} |`);
const pipeline = stages[2][0];
const ceiling = stages[3][0];
console.log(`| near-duplicate pipeline as a share of the ceiling | ${names.map((n) => `${((100 * rates.get(`${n}|${pipeline}`)) / rates.get(`${n}|${ceiling}`)).toFixed(0)}%`).join(' | ')} |`);
