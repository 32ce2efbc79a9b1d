import { once } from 'node:events';
import readline from 'node:readline';
import { NearDupIndex } from './near-dup.js';
import { normalizeText } from './normalize.js';

/**
 * `yuqing text dedup`: reads one text per line (UTF-8; LF or CRLF) and prints, for each line and
 * in order, `{"group":G}`. Lines with the same G are near-duplicates of each other. G is the 0-based
 * index of the first line of its group, so it never changes once printed: output can be read while
 * input is still coming, and a line's group does not depend on the lines after it. A blank line
 * is a group of its own.
 *
 * Each result is written as soon as its line is read; memory grows with the number of distinct
 * lines (an index entry each), not with the output. A reader that stops early (`… | head`) ends
 * the run quietly. Returns the exit code: 0.
 */
export async function dedupCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const index = new NearDupIndex<number>();
  // A closed pipe (EPIPE) ends the run; any other write error is thrown from the loop, not from the
  // listener. The listener stays: the error of a last write can arrive after the loop is done.
  let readerGone = false;
  let failure: Error | undefined;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') readerGone = true;
    else failure = err;
  };
  output.on('error', onError);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    let line = 0;
    for await (const text of lines) {
      const group = index.assign(normalizeText(text), line++);
      if (!output.write(`{"group":${group}}\n`)) await drainedOrFailed(output);
      if (failure) throw failure;
      if (readerGone) break;
    }
  } finally {
    lines.close();
  }
  return 0;
}

/** Waits until `output` takes more or reports an error (which the 'error' listener records). */
async function drainedOrFailed(output: NodeJS.WritableStream): Promise<void> {
  await once(output, 'drain').catch(() => undefined);
}
