import { describe, expect, it } from 'vitest';
import { repostEdits, seededRandom } from './repost-edits.js';

const STORY = '【#南京地铁新线开通#】今天，南京地铁7号线正式开通运营，全长35公里，市民出行更加便利！';
const edits = repostEdits((text) => text.replace(/铁/g, '鐵'));

describe('repost edits', () => {
  it.each(Object.keys(edits) as (keyof typeof edits)[])('%s changes the text the same way for the same seed', (name) => {
    const once = edits[name](seededRandom(3), STORY);
    expect(once).not.toBe(STORY);
    expect(edits[name](seededRandom(3), STORY)).toBe(once);
  });

  it('cuts to 90% of the length', () => {
    const cut = edits.truncated(() => 0, STORY);
    expect(cut).toBe(STORY.slice(0, Math.floor(STORY.length * 0.9)));
  });

  it('draws the same numbers from the same seed', () => {
    const [a, b] = [seededRandom(42), seededRandom(42)];
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    for (const x of draws) expect(x >= 0 && x < 1).toBe(true);
  });
});
