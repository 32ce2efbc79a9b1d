import { once } from 'node:events';
import readline from 'node:readline';
import { classify } from './classify.js';

/**
 * `yuqing text sentiment`: one text per input line, one `{"label","score"}` per output line in the
 * same order (an empty line is neutral, score 0). Streams, so it works on input of any size and
 * answers each line as it arrives. A reader that stops early (`| head`) is not a failure.
 */
export async function sentimentCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (err: NodeJS.ErrnoException) => {
    failure = err;
    lines.close();
  };
  output.on('error', onError);
  try {
    for await (const line of lines) {
      if (failure) break;
      const { label, score } = classify(line);
      // Wait when the reader is slower than we are; an error ends the wait and is kept in `failure`.
      if (!output.write(`${JSON.stringify({ label, score })}\n`)) await once(output, 'drain').catch(() => undefined);
    }
  } finally {
    output.off('error', onError);
  }
  if (failure && failure.code !== 'EPIPE') throw failure;
  return 0;
}
