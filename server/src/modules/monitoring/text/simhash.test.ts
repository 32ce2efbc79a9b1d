import { describe, expect, it } from 'vitest';
import { hammingDistance, popcount32, simhash } from './simhash.js';

const STORY = '南京地铁7号线今天正式开通运营全长35公里共设19座车站沿线串联多个片区市民出行更加便利';

describe('simhash', () => {
  it('is deterministic, two unsigned 32-bit halves', () => {
    const h = simhash(STORY, 2);
    expect(simhash(STORY, 2)).toEqual(h);
    for (const half of [h.hi, h.lo]) expect(Number.isInteger(half) && half >= 0 && half < 2 ** 32).toBe(true);
  });

  it('moves a few bits for a changed character and about half for another text', () => {
    const edited = STORY.replace('便利', '便捷');
    const other = '西安市灞桥区纺织城街道召开网络舆情工作会议部署下半年重点任务并通报近期典型案例';
    expect(hammingDistance(simhash(STORY, 2), simhash(edited, 2))).toBeLessThanOrEqual(8);
    expect(hammingDistance(simhash(STORY, 2), simhash(other, 2))).toBeGreaterThan(16);
  });

  // Fingerprints are compared with those of items stored earlier, so they must not drift: these are
  // the values of the first, bit-by-bit version, over texts short and long (past 255 n-grams).
  const scattered = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
  it.each<[string, string, number, number, number]>([
    ['one character', '舆', 2, 0x4056abc2, 0x2679c978],
    ['a story, bigrams', STORY, 2, 0x361148a0, 0x97fb601e],
    ['a story, trigrams', STORY, 3, 0x23db8252, 0x235f2440],
    ['a story twenty times', STORY.repeat(20), 2, 0x361148a0, 0x97fb601e],
    ['1,197 repeating 4-grams', 'abc'.repeat(400), 4, 0x1da4f564, 0xe0017b8b],
    ['599 scattered bigrams', scattered, 2, 0x53d10775, 0xa5700cda],
  ])('keeps its fingerprint of %s', (_name, text, n, hi, lo) => expect(simhash(text, n)).toEqual({ hi, lo }));

  it('hashes a text shorter than n as one feature', () => {
    expect(simhash('舆', 2)).toEqual(simhash('舆', 3));
    expect(simhash('', 2)).toEqual(simhash('', 2));
  });

  it.each<[number, number]>([
    [0, 0],
    [1, 1],
    [0xffffffff, 32],
    [0x80000000, 1],
    [0x0f0f0f0f, 16],
    [-1, 32],
  ])('popcount32(%i) is %i', (x, n) => expect(popcount32(x)).toBe(n));

  it('counts differing bits over both halves', () => {
    expect(hammingDistance({ hi: 0, lo: 0 }, { hi: 0xffffffff, lo: 0xffffffff })).toBe(64);
    expect(hammingDistance({ hi: 1, lo: 2 }, { hi: 1, lo: 3 })).toBe(1);
  });
});
