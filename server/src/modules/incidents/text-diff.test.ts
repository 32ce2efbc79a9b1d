import { describe, expect, it } from 'vitest';
import { diffChars, diffText, renderDiff } from './text-diff.js';

describe('statement diff', () => {
  it('marks unchanged, removed, added and edited lines, with the edited characters', () => {
    const before = '关于灞桥街道拆迁的情况说明\n经核实，现场无人员受伤。\n街道将于明日公布进展。';
    const after = '关于灞桥街道拆迁的情况说明\n经核实，现场有一人轻伤，已送医。\n街道将于明日公布进展。\n欢迎社会各界监督。';
    const lines = diffText(before, after);
    expect(lines.map((l) => l.op)).toEqual(['equal', 'change', 'equal', 'insert']);
    expect(renderDiff(lines)).toBe('  关于灞桥街道拆迁的情况说明\n~ 经核实，现场[-无人员受伤-]{+有一人轻伤，已送医+}。\n  街道将于明日公布进展。\n+ 欢迎社会各界监督。');
  });

  it('rebuilds both texts from the character segments', () => {
    const a = '今天下午三点召开发布会';
    const b = '今天下午四点在区政府召开发布会';
    const segs = diffChars(a, b);
    expect(segs.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(a);
    expect(segs.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(b);
  });

  it('keeps identical texts equal and deletions as deletions', () => {
    expect(diffText('甲\n乙', '甲\n乙').every((l) => l.op === 'equal')).toBe(true);
    expect(diffText('甲\n乙\n丙', '甲\n丙').map((l) => l.op)).toEqual(['equal', 'delete', 'equal']);
  });
});
