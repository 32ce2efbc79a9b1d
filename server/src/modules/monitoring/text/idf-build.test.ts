import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTextCorpus } from './eval-corpus.js';
import { computeIdfTable, renderIdfTable } from './idf-build.js';
import { IDF_TABLE } from './idf-table.js';

const corpora = path.resolve(import.meta.dirname, '../../../../../../shared/corpora');

describe('the IDF table', () => {
  it('counts each word once per distinct document, and leaves out words seen once', () => {
    const table = computeIdfTable({ news: ['拆迁补偿拆迁', '拆迁 投诉', '拆迁补偿', '舆情'], weibo: ['拆迁补偿'] });
    expect(table.documents).toBe(4);
    expect(table.wordsByDocumentFrequency).toEqual([[2, ['补偿']], [3, ['拆迁']]]);
  });

  it('renders as the TypeScript module it is stored as', () => {
    const source = renderIdfTable({ source: 's', documents: 3, wordsByDocumentFrequency: [[2, ['甲 乙']]] });
    expect(source).toContain('export const IDF_TABLE: IdfTable = {\n  source: "s",\n  documents: 3,\n  wordsByDocumentFrequency: [\n    [2, [\n      "甲 乙",\n    ]],\n  ],\n};\n');
  });

  it('is what generate-idf-table.mjs would write today', () => {
    const fresh = computeIdfTable(loadTextCorpus(corpora));
    expect(fresh.documents).toBe(IDF_TABLE.documents);
    expect(fresh.wordsByDocumentFrequency).toEqual(IDF_TABLE.wordsByDocumentFrequency);
  });
});
