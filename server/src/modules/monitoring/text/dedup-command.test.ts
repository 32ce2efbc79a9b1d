import { once } from 'node:events';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dedupCommand } from './dedup-command.js';
import { loadTextCorpus } from './eval-corpus.js';

/** Runs the command on `input` and returns its exit code and the groups it printed. */
async function run(input: string | string[]): Promise<{ code: number; groups: number[] }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await dedupCommand(Readable.from(typeof input === 'string' ? [input] : input), output);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n');
  expect(lines.pop()).toBe('');
  return { code, groups: lines.map((line) => (JSON.parse(line) as { group: number }).group) };
}

const STORY = '【#南京地铁新线开通#】今天，南京地铁7号线正式开通运营，全长35公里，市民出行更加便利。';

describe('yuqing text dedup', () => {
  it.each<[string, string, number[]]>([
    ['reposts joining the first line of their story', `${STORY}\n西安发布暴雨橙色预警\n转发微博 ${STORY}\n说得好//@用户1:${STORY}[赞]\n`, [0, 1, 0, 0]],
    ['a repost before its original', `转发微博 ${STORY}\n${STORY}`, [0, 0]],
    ['blank lines, each a group of its own', `\n${STORY}\n\n   \n${STORY}\n`, [0, 1, 2, 3, 1]],
    ['CRLF line ends', `${STORY}\r\n${STORY} \r\n`, [0, 0]],
    ['no final line break', 'a\nb', [0, 1]],
    ['nothing', '', []],
  ])('prints one group per line: %s', async (_name, input, expected) => {
    expect(await run(input)).toEqual({ code: 0, groups: expected });
  });

  it('answers each line before the next one arrives', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = dedupCommand(input, output);
    input.write(`${STORY}\n`);
    expect(String((await once(output, 'data'))[0])).toBe('{"group":0}\n');
    input.write(`转发 ${STORY}\n`);
    expect(String((await once(output, 'data'))[0])).toBe('{"group":0}\n');
    input.end();
    expect(await done).toBe(0);
  });

  it('stops quietly when the reader goes away', async () => {
    let written = 0;
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        written++;
        callback(written > 3 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const lines = Array.from({ length: 10_000 }, (_, i) => `第${i}条\n`);
    expect(await dedupCommand(Readable.from(lines), output)).toBe(0);
    expect(written).toBeLessThan(10_000);
  });

  it('handles 100,000 lines of headlines and posts with their reposts', async () => {
    const corpus = loadTextCorpus(path.resolve(import.meta.dirname, '../../../../../../shared/corpora'));
    const texts = [...corpus.news, ...corpus.weibo].map((t) => t.replace(/\n/g, ' '));
    const lines = Array.from({ length: 100_000 }, (_, i) => (i < texts.length ? texts[i] : `转发微博//@用户${i}:${texts[(i * 7919) % texts.length]}`));
    const { code, groups } = await run(lines.map((line) => `${line}\n`));
    expect(code).toBe(0);
    expect(groups).toHaveLength(100_000);
    // Every group is the index of its first line, that line is in its own group, and each repost is with its original.
    const wrong = groups.flatMap((group, i) => (group > i || groups[group] !== group ? [i] : []));
    const reposts = groups.slice(texts.length).filter((group, k) => group !== groups[((texts.length + k) * 7919) % texts.length]);
    expect(wrong).toEqual([]);
    expect(reposts).toEqual([]);
  });
});
