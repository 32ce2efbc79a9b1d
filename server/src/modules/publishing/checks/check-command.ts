import fs from 'node:fs/promises';
import { DocumentError, extractText, isZipContainer } from './extract.js';
import { extractDocxImages } from './docx-images.js';
import type { Finding } from './finding.js';
import { checkImage } from './images.js';
import { findDeadLinks } from './links-alive.js';
import { DEFAULT_RULES, runChecks } from './run-checks.js';

/**
 * Findings count UTF-16 units (JavaScript indices); a command-line reader, in Python or jq, counts
 * characters. They differ only after a character outside the BMP (𠀀, some names), and then this
 * maps one to the other in one pass.
 */
function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

async function readInput(file: string): Promise<{ text: string; images: Finding[] } | string> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return `无法读取文件「${file}」（${e.code ?? 'error'}）\nCannot read "${file}" (${e.code ?? e.message})`;
  }
  try {
    const text = await extractText(buffer, file);
    const embedded = isZipContainer(buffer) ? await extractDocxImages(buffer) : [];
    const images = (await Promise.all(embedded.map((img) => checkImage(img.data, img.name)))).flat();
    return { text, images };
  } catch (err) {
    if (err instanceof DocumentError) return `${err.messageIn('zh-CN')}\n${err.messageIn('en')}`;
    throw err;
  }
}

/**
 * Writes everything at once. A reader that stops early (yuqing check FILE | head) closes the pipe:
 * that is not a failure and must not end in a stack trace.
 */
function print(output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? resolve() : reject(err));
    process.stdout.once('error', onError);
    process.stdout.write(output, (err) => {
      // On failure the stream emits 'error' after this callback: the listener stays to receive it.
      if (!err) process.stdout.off('error', onError);
      resolve();
    });
  });
}

/**
 * `yuqing check FILE [--links]`: the unit's default checks over a .txt or .docx, one JSON object
 * per finding and line, `{"rule","severity","start","end","text","suggestion"}` with `start`/`end` in
 * characters (code points) of the plain text. Exit code 0 whether or not anything was found, 2
 * when the file cannot be read (the reason on stderr, in Chinese and English). Links are only
 * fetched with `links`, since a workstation may have no way out to the internet.
 */
export async function checkCommand(file: string, options: { links?: boolean } = {}): Promise<number> {
  const input = await readInput(file);
  if (typeof input === 'string') {
    process.stderr.write(`${input}\n`);
    return 2;
  }
  const findings = [...runChecks(input.text, DEFAULT_RULES), ...(options.links ? await findDeadLinks(input.text) : []), ...input.images];
  const at = codePointOffsets(input.text);
  await print(findings.map((f) => `${JSON.stringify({ rule: f.rule, severity: f.severity, start: at(f.start), end: at(f.end), text: f.text, suggestion: f.suggestion })}\n`).join(''));
  return 0;
}
