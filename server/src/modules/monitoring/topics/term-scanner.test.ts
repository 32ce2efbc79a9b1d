import { describe, expect, it } from 'vitest';
import { isWordUnit, TermScanner } from './term-scanner.js';

function scan(keys: string[], text: string): [string, number][] {
  const found: [string, number][] = [];
  new TermScanner(keys).scan(text, (id, start) => found.push([keys[id], start]));
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

/** Every occurrence by brute force, with the same ASCII boundary rule. */
function naive(keys: string[], text: string): [string, number][] {
  const found: [string, number][] = [];
  for (const key of keys) {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      const end = i + key.length;
      if (isWordUnit(key.charCodeAt(0)) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
      if (isWordUnit(key.charCodeAt(key.length - 1)) && end < text.length && isWordUnit(text.charCodeAt(end))) continue;
      found.push([key, i]);
    }
  }
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('TermScanner', () => {
  it.each<[string, string[], string, [string, number][]]>([
    ['overlapping terms', ['灞桥', '灞桥街道', '桥街'], '灞桥街道', [['灞桥', 0], ['灞桥街道', 0], ['桥街', 1]]],
    ['terms inside others', ['桥街', '灞桥街', '桥街道', '街道办'], '灞桥街道办', [['灞桥街', 0], ['桥街', 1], ['桥街道', 1], ['街道办', 2]]],
    ['ASCII inside a word is no match', ['he', 'she', 'hers'], 'ushers she', [['she', 7]]],
    ['repeated', ['拆迁'], '拆迁拆迁', [['拆迁', 0], ['拆迁', 2]]],
    ['self-overlapping', ['aa'], 'a aaa', []],
    ['self-overlapping Chinese', ['哈哈'], '哈哈哈', [['哈哈', 0], ['哈哈', 1]]],
    ['ASCII boundaries', ['ai'], 'said ai ai芯片 (ai)', [['ai', 5], ['ai', 8], ['ai', 14]]],
    ['surrogate pairs', ['𠀀桥'], '灞𠀀桥', [['𠀀桥', 1]]],
    ['no terms', [], '灞桥', []],
  ])('%s', (_name, keys, text, expected) => expect(scan(keys, text)).toEqual(expected));

  it('finds what brute force finds, on random terms and texts (fixed seed)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const alphabet = ['a', 'b', 'c', ' ', '灞', '桥', '拆'];
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    let dense = 0;
    for (let round = 0; round < 300; round++) {
      // past 64 terms the root's edges become a table: both layouts are checked
      const count = round % 3 === 0 ? 70 + Math.floor(random() * 50) : 1 + Math.floor(random() * 8);
      const keys = [...new Set(Array.from({ length: count }, () => word(4)))];
      if (keys.length >= 64) dense++;
      const text = word(40);
      expect(scan(keys, text), `${JSON.stringify(keys)} in ${JSON.stringify(text)}`).toEqual(naive(keys, text));
    }
    expect(dense).toBeGreaterThan(50);
  });
});
