#!/usr/bin/env node
// Regenerates idf-table.ts beside this file from ../shared/corpora (read in place, never copied).
// It runs the compiled server, so that the words are cut exactly as at run time: `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../../..');
const dist = path.join(root, 'server/dist/modules/monitoring/text');
const { loadTextCorpus } = await import(path.join(dist, 'eval-corpus.js'));
const { computeIdfTable, renderIdfTable } = await import(path.join(dist, 'idf-build.js'));

const table = computeIdfTable(loadTextCorpus(path.resolve(root, '../shared/corpora')));
fs.writeFileSync(path.join(here, 'idf-table.ts'), renderIdfTable(table));
console.log(`idf-table.ts: ${table.documents} documents, ${table.wordsByDocumentFrequency.reduce((n, [, lines]) => n + lines.join(' ').split(' ').length, 0)} words`);
