import { IDF_TABLE } from './idf-table.js';

/*
 * Inverse document frequency, ln(N / df), from the table generated out of the shared news corpora
 * (idf-table.ts says which, and how to regenerate it). The table lists the words seen in at least
 * two documents; any other word counts as seen in one, which puts names and new words at the top,
 * as a monitor wants them.
 */

/** Document frequencies of content words over distinct texts, as idf-table.ts stores them (idf-build.ts makes it). */
export interface IdfTable {
  source: string;
  documents: number;
  /** [df, lines of words separated by spaces], df ascending, words in code-unit order: regenerating gives stable diffs. */
  wordsByDocumentFrequency: [number, string[]][];
}

let idf: Map<string, number> | undefined;
const unseen = Math.log(IDF_TABLE.documents);

/** The table as a map, built on first use (≈40k words, a few milliseconds). */
function table(): Map<string, number> {
  if (!idf) {
    idf = new Map();
    for (const [df, lines] of IDF_TABLE.wordsByDocumentFrequency) {
      const value = Math.log(IDF_TABLE.documents / df);
      for (const line of lines) for (const word of line.split(' ')) idf.set(word, value);
    }
  }
  return idf;
}

export function inverseDocumentFrequency(word: string): number {
  return table().get(word) ?? unseen;
}
