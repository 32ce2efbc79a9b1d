import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from './document-spec.js';
import { CHART_FONT, chartSvg } from './chart-svg.js';
import { fontFileFor } from './cjk-font.js';

function resvg(svg: string, fitWidth?: number): Resvg {
  const font = fontFileFor(CHART_FONT);
  return new Resvg(svg, {
    // Without the Chinese face installed, the system's fonts are the best there is.
    font: font ? { loadSystemFonts: false, fontFiles: [font], defaultFontFamily: CHART_FONT } : { loadSystemFonts: true },
    fitTo: fitWidth ? { mode: 'width', value: fitWidth } : { mode: 'original' },
  });
}

/** A chart as a PNG, drawn on the server so that the .docx and its PDF show the same picture. */
export function chartPng(spec: ChartSpec): Buffer {
  return resvg(chartSvg(spec)).render().asPng();
}

export interface PngInfo {
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngInfo(buf: Buffer): PngInfo | null {
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Past this width a picture only makes the .docx heavy: 156 mm at 300 dpi is about 1840 pixels. */
export const MAX_IMAGE_PIXELS_WIDE = 1840;

/**
 * Decoding allocates four bytes a pixel before scaling: a header claiming 100 000 × 100 000 pixels
 * would ask for 40 GB. Larger pictures than this are refused as unreadable.
 */
export const MAX_IMAGE_PIXELS = 60_000_000;

/** A PNG no wider than MAX_IMAGE_PIXELS_WIDE; smaller ones are kept byte for byte. Null if unreadable. */
export function fitPng(buf: Buffer): { png: Buffer; info: PngInfo } | null {
  const info = pngInfo(buf);
  if (!info || info.width * info.height > MAX_IMAGE_PIXELS) return null;
  if (info.width <= MAX_IMAGE_PIXELS_WIDE) return { png: buf, info };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${info.width}" height="${info.height}">` +
    `<image width="${info.width}" height="${info.height}" xlink:href="data:image/png;base64,${buf.toString('base64')}"/></svg>`;
  try {
    const png = resvg(svg, MAX_IMAGE_PIXELS_WIDE).render().asPng();
    const scaled = pngInfo(png);
    return scaled ? { png, info: scaled } : null;
  } catch {
    return null;
  }
}
