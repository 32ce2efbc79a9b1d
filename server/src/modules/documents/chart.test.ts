import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSvg, niceTicks } from './chart-svg.js';
import { fontFaceOf, fontFileFor } from './cjk-font.js';
import { chartPng, pngInfo } from './raster.js';
import { artifactDir } from './testing/read-back.js';

describe('niceTicks', () => {
  it.each([
    [0, 9, [0, 2, 4, 6, 8, 10]],
    [0, 36, [0, 10, 20, 30, 40]],
    [-5, 12, [-5, 0, 5, 10, 15]],
    [0, 0.7, [0, 0.2, 0.4, 0.6, 0.8]],
    [3, 3, [3, 3.2, 3.4, 3.6, 3.8, 4]],
  ])('%d..%d → %j', (lo, hi, ticks) => expect(niceTicks(lo, hi)).toEqual(ticks));
});

describe('charts', () => {
  it('escapes labels and says so when there is nothing to draw', () => {
    const svg = chartSvg({ type: 'bar', categories: ['<script>'], series: [{ name: 'a&b', values: [1] }] });
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(chartSvg({ type: 'pie', categories: ['甲'], series: [{ name: '甲', values: [0] }] })).toContain('无数据');
  });

  it('uses the Simplified Chinese face of Noto CJK, cut from its collection', () => {
    const file = fontFileFor('Noto Sans CJK SC');
    expect(file).not.toBeNull();
    const head = fs.readFileSync(file!).subarray(0, 4).toString('latin1');
    expect(head).not.toBe('ttcf');
    expect(fontFaceOf(file!)).toEqual({ family: 'Noto Sans CJK SC', style: 'Regular' });
    expect(fontFileFor('No Such Font Family')).toBeNull();
  });

  it('draws bar, line and pie charts to PNG', () => {
    fs.mkdirSync(artifactDir, { recursive: true });
    const categories = ['一般（IV级）', '较大（III级）', '重大（II级）', '特别重大（I级）'];
    const series = [
      { name: '上半年', values: [28, 6, 2, 0] },
      { name: '下半年', values: [31, 4, 1, 1] },
    ];
    for (const type of ['bar', 'line', 'pie'] as const) {
      const png = chartPng({ type, categories, series });
      expect(pngInfo(png)).toEqual({ width: 1248, height: 720 });
      fs.writeFileSync(path.join(artifactDir, `chart-${type}.png`), png);
    }
  });
});
