import type { ChartSpec } from './document-spec.js';
import { escapeXml } from './ooxml.js';

/**
 * Draws a ChartSpec as SVG, sized for the 156 mm type area. Plain drawing instead of a charting
 * library: three chart types with axes and a legend are a few hundred lines, and the output is
 * the same on every machine.
 */

export const CHART_SIZE = { width: 1248, height: 720 } as const;
export const CHART_FONT = 'Noto Sans CJK SC';

const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074', '#546570'];
const MAX_LABEL = 8;

const finite = (v: number) => (Number.isFinite(v) ? v : 0);
const label = (s: string, max = MAX_LABEL) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 2 : 1));

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(s)}</text>`;
}

/** Round axis steps (1, 2, 5 × 10^n) so that ticks read as an office would draw them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (max === min) max = min + 1;
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

function legend(names: string[], y: number): string {
  const items = names.map((n, i) => ({ n: label(n), colour: PALETTE[i % PALETTE.length] }));
  const widths = items.map((it) => 48 + it.n.length * 32);
  let x = (CHART_SIZE.width - widths.reduce((a, b) => a + b, 0)) / 2;
  return items
    .map((it, i) => {
      const out = `<rect x="${x.toFixed(1)}" y="${y - 18}" width="24" height="18" fill="${it.colour}"/>` + text(x + 32, y + 4, it.n, 'font-size="30"');
      x += widths[i];
      return out;
    })
    .join('');
}

function empty(): string {
  return text(CHART_SIZE.width / 2, CHART_SIZE.height / 2, '无数据', 'font-size="32" text-anchor="middle" fill="#666"');
}

function axes(spec: ChartSpec): string {
  const { width, height } = CHART_SIZE;
  const cats = spec.categories;
  const values = spec.series.flatMap((s) => s.values.slice(0, cats.length).map(finite));
  if (!cats.length || !values.length) return empty();
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const rotate = cats.length > 8;
  const box = { left: 120, right: width - 30, top: spec.series.length > 1 ? 70 : 30, bottom: height - (rotate ? 150 : 70) };
  const y = (v: number) => box.bottom - ((v - lo) / (hi - lo)) * (box.bottom - box.top);
  const band = (box.right - box.left) / cats.length;
  const out: string[] = [];
  for (const t of ticks) {
    out.push(`<line x1="${box.left}" x2="${box.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd" stroke-width="1.5"/>`);
    out.push(text(box.left - 12, y(t) + 8, fmt(t), 'font-size="30" text-anchor="end" fill="#333"'));
  }
  cats.forEach((c, i) => {
    const cx = box.left + band * (i + 0.5);
    out.push(
      rotate
        ? // Slanted and shorter, so that many categories neither overlap nor run off the picture.
          text(cx, box.bottom + 24, label(c, 6), `font-size="24" text-anchor="end" fill="#333" transform="rotate(-45 ${cx.toFixed(1)} ${box.bottom + 24})"`)
        : text(cx, box.bottom + 40, label(c), 'font-size="30" text-anchor="middle" fill="#333"'),
    );
  });
  const series = spec.series.map((s, si) => ({ colour: PALETTE[si % PALETTE.length], values: cats.map((_, i) => finite(s.values[i] ?? 0)) }));
  if (spec.type === 'bar') {
    const groupWidth = band * 0.7;
    const barWidth = groupWidth / series.length;
    series.forEach((s, si) =>
      s.values.forEach((v, i) => {
        const x = box.left + band * i + (band - groupWidth) / 2 + barWidth * si;
        const top = Math.min(y(v), y(0));
        out.push(`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(1, barWidth - 2).toFixed(1)}" height="${Math.abs(y(v) - y(0)).toFixed(1)}" fill="${s.colour}"/>`);
        if (cats.length * series.length <= 24) out.push(text(x + barWidth / 2, top - 8, fmt(v), 'font-size="26" text-anchor="middle" fill="#333"'));
      }),
    );
  } else {
    for (const s of series) {
      const points = s.values.map((v, i) => `${(box.left + band * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`);
      out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="4"/>`);
      for (const p of points) {
        const [px, py] = p.split(',');
        out.push(`<circle cx="${px}" cy="${py}" r="6" fill="#fff" stroke="${s.colour}" stroke-width="3"/>`);
      }
    }
  }
  out.push(`<line x1="${box.left}" x2="${box.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#333" stroke-width="2"/>`);
  if (spec.series.length > 1) out.push(legend(spec.series.map((s) => s.name), 34));
  return out.join('');
}

function pie(spec: ChartSpec): string {
  const values = (spec.series[0]?.values ?? []).slice(0, spec.categories.length).map(finite);
  const slices = values.map((v, i) => ({ v, name: spec.categories[i], colour: PALETTE[i % PALETTE.length] })).filter((s) => s.v > 0);
  const total = slices.reduce((a, s) => a + s.v, 0);
  if (!total) return empty();
  const cx = 370;
  const cy = CHART_SIZE.height / 2;
  const r = 270;
  const out: string[] = [];
  let angle = -Math.PI / 2;
  for (const s of slices) {
    const sweep = (s.v / total) * Math.PI * 2;
    if (slices.length === 1) out.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${s.colour}"/>`);
    else {
      const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      const [x2, y2] = [cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
      out.push(
        `<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="${s.colour}" stroke="#fff" stroke-width="2"/>`,
      );
    }
    angle += sweep;
  }
  // The legend carries names and shares, so small slices stay readable.
  const shown = slices.slice(0, 14);
  shown.forEach((s, i) => {
    const ly = 80 + i * 44;
    out.push(`<rect x="690" y="${ly - 22}" width="24" height="24" fill="${s.colour}"/>`);
    out.push(text(728, ly + 4, `${label(s.name)}  ${fmt(s.v)}（${((s.v / total) * 100).toFixed(1)}%）`, 'font-size="30" fill="#333"'));
  });
  if (slices.length > shown.length) out.push(text(728, 84 + shown.length * 44, `其余 ${slices.length - shown.length} 项`, 'font-size="30" fill="#666"'));
  return out.join('');
}

export function chartSvg(spec: ChartSpec): string {
  const { width, height } = CHART_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    (spec.type === 'pie' ? pie(spec) : axes(spec)) +
    '</svg>'
  );
}
