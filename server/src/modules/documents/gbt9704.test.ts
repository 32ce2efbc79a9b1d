import { describe, expect, it } from 'vitest';
import { mmToTwips, pageGeometry } from './gbt9704.js';

const POINT_TWIPS = 20;
const MM_TWIPS = 1440 / 25.4;

describe('GB/T 9704-2012 page geometry', () => {
  const g = pageGeometry();

  it('is A4 with margins 37 / 35 / 28 / 26 mm', () => {
    expect([g.pageWidth, g.pageHeight]).toEqual([11906, 16838]);
    expect(g.margin).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    // Each edge is rounded to whole twips on its own, so the 156 mm type area may differ by one.
    expect(Math.abs(mmToTwips(156) - (g.pageWidth - g.margin.left - g.margin.right))).toBeLessThanOrEqual(1);
  });

  it('fits exactly 22 lines in the 225 mm type area', () => {
    const height = 225 * MM_TWIPS;
    expect(22 * g.linePitch).toBeLessThanOrEqual(height);
    expect(23 * g.linePitch).toBeGreaterThan(height);
  });

  it('fits exactly 28 grid characters in the 156 mm line', () => {
    const width = 156 * MM_TWIPS;
    // charSpace is the difference from 16 pt in 1/4096 pt.
    const pitch = (16 + g.charSpace / 4096) * POINT_TWIPS;
    expect(28 * pitch).toBeLessThanOrEqual(width);
    expect(29 * pitch).toBeGreaterThan(width);
    const condensed = (16 + g.condense / POINT_TWIPS) * POINT_TWIPS;
    expect(28 * condensed).toBeLessThanOrEqual(width);
    expect(29 * condensed).toBeGreaterThan(width);
  });

  it('puts the page number 7 mm below the type area', () => {
    const numberTop = g.footer + 14 * POINT_TWIPS;
    expect(Math.abs(g.margin.bottom - numberTop - 7 * MM_TWIPS)).toBeLessThan(2);
  });
});
