import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sentimentCommand } from './sentiment-command.js';

/** Collects what the command writes; `delay` makes a slow reader, so writes must wait for 'drain'. */
function sink(delay = 0) {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      setTimeout(done, delay);
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('yuqing text sentiment', () => {
  it('prints one {"label","score"} per input line, in order, with an empty line neutral', async () => {
    const out = sink();
    const code = await sentimentCommand(Readable.from(['街道办推诿扯皮，投诉三次没人管\r\n\n社区及时回', '应，为民办实事，点赞\n']), out.stream);
    expect(code).toBe(0);
    const lines = out.text().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    const objects = lines.map((l) => JSON.parse(l));
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(['label', 'score']);
      expect(o.score).toBeGreaterThanOrEqual(-1);
      expect(o.score).toBeLessThanOrEqual(1);
    }
    expect(objects.map((o) => o.label)).toEqual(['negative', 'neutral', 'positive']);
    expect(lines[1]).toBe('{"label":"neutral","score":0}');
  });

  it('keeps the order when the reader is slower than the input', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => (i % 2 ? '乱收费，态度恶劣' : '暖心，感谢'));
    const out = sink(1);
    await sentimentCommand(Readable.from([texts.join('\n')]), out.stream);
    const labels = out.text().trim().split('\n').map((l) => JSON.parse(l).label);
    expect(labels).toEqual(texts.map((_, i) => (i % 2 ? 'negative' : 'positive')));
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const input = new PassThrough();
    const output = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const run = sentimentCommand(input, output);
    input.write('点赞\n点赞\n');
    input.end('点赞\n');
    await expect(run).resolves.toBe(0);
  });
});
