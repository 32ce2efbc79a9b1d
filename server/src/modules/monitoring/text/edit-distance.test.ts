import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';

describe('boundedEditDistance', () => {
  it.each<[string, string, number, number]>([
    ['kitten', 'sitting', 5, 3],
    ['', '', 0, 0],
    ['', 'abc', 5, 3],
    ['abc', '', 5, 3],
    ['南京地铁开通', '南京地铁开通', 0, 0],
    ['南京地铁开通', '南京地铁通车', 5, 2],
    ['南京地铁七号线开通运营', '南京地铁七号线开通', 5, 2],
    ['abcdef', 'azcdxf', 2, 2],
    // Over the bound: max + 1, whichever way it was found (length gap, or the band running out).
    ['kitten', 'sitting', 2, 3],
    ['abc', 'abcdefgh', 3, 4],
    ['abcdefgh', 'hgfedcba', 3, 4],
  ])('%s ↔ %s within %i is %i', (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
    expect(boundedEditDistance(b, a, max)).toBe(expected);
  });

  it('agrees with the full dynamic programme on random strings', () => {
    const full = (a: string, b: string) => {
      const row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
          const above = row[j];
          row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
          diagonal = above;
        }
      }
      return row[b.length];
    };
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const word = () => Array.from({ length: Math.floor(random() * 40) }, () => '甲乙丙丁'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 500; n++) {
      const [a, b, max] = [word(), word(), Math.floor(random() * 20)];
      expect(boundedEditDistance(a, b, max)).toBe(Math.min(full(a, b), max + 1));
    }
  });
});
