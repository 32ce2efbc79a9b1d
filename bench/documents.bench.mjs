#!/usr/bin/env node
// Document engine: time to write a GB/T 9704 .docx of about 20 pages, and LibreOffice's PDF
// conversion time per page. Reads the compiled server (`npx tsc -b common server` first).
//
// Baselines measured in the same run: the same document without its charts (so the chart
// rasteriser's share shows), and the conversion of a one-page document (LibreOffice's start-up
// and profile creation, paid by every conversion), from which the cost per further page follows.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documents = await import(path.join(root, 'server/dist/modules/documents/index.js'));
const { sampleDocument } = await import(path.join(root, 'server/dist/modules/documents/sample-document.js'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const SECTIONS = Number(process.env.BENCH_SECTIONS ?? 13);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => n.toFixed(0);

async function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

function pages(pdf) {
  const file = path.join(os.tmpdir(), `yuqing-bench-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const full = sampleDocument(SECTIONS);
const textOnly = { ...full, body: full.body.filter((b) => b.kind !== 'chart') };
const charts = full.body.filter((b) => b.kind === 'chart').length;

// A first run loads fonts and warms the JIT; it is not counted.
await documents.renderDocx(full);
const docx = await time(() => documents.renderDocx(full), RUNS);
const docxText = await time(() => documents.renderDocx(textOnly), RUNS);

console.log(`\n## Documents: .docx generation (median of ${RUNS} runs)\n`);
console.log('| document | ms | size KiB |');
console.log('|---|---|---|');
console.log(`| ${SECTIONS} sections, ${full.body.length} blocks, ${charts} charts | ${ms(docx.ms)} | ${(docx.result.length / 1024).toFixed(0)} |`);
console.log(`| baseline: the same without charts | ${ms(docxText.ms)} | ${(docxText.result.length / 1024).toFixed(0)} |`);

if (!documents.findSoffice()) {
  console.log('\n(LibreOffice is not installed: no PDF figures)');
} else {
  const converter = new documents.PdfConverter();
  const lo = await documents.renderDocx(full, { target: 'libreoffice' });
  const one = await documents.renderDocx({ title: '一页', body: [{ kind: 'paragraph', text: '基准。' }] }, { target: 'libreoffice' });
  // Alternated, so that a change in the machine's load falls on both alike.
  const bigTimes = [];
  const smallTimes = [];
  let bigPdf;
  let smallPdf;
  for (let i = 0; i < PDF_RUNS; i++) {
    let t0 = performance.now();
    bigPdf = await converter.convert(lo);
    bigTimes.push(performance.now() - t0);
    t0 = performance.now();
    smallPdf = await converter.convert(one);
    smallTimes.push(performance.now() - t0);
  }
  const big = { ms: median(bigTimes), result: bigPdf };
  const small = { ms: median(smallTimes), result: smallPdf };
  const n = pages(big.result);
  console.log(`\n## Documents: PDF through LibreOffice (median of ${PDF_RUNS} runs, fresh profile each)\n`);
  console.log('| document | pages | ms | ms per page |');
  console.log('|---|---|---|---|');
  console.log(`| the document above | ${n} | ${ms(big.ms)} | ${ms(big.ms / n)} |`);
  console.log(`| baseline: one page | ${pages(small.result)} | ${ms(small.ms)} | ${ms(small.ms)} |`);
  console.log(`| each page beyond the first | | | ${ms((big.ms - small.ms) / (n - 1))} |`);
}
