/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in Word's units. Everything is derived from the
 * standard's millimetres, so a change of one number moves every dependent one with it.
 */

/** Word measures the page in twentieths of a point (twips); 1 mm = 72 / 25.4 pt. */
export const mmToTwips = (mm: number) => Math.round((mm * 72 * 20) / 25.4);
export const ptToHalfPoints = (pt: number) => Math.round(pt * 2);

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = { 二号: 22, 三号: 16, 四号: 14 } as const;

export const PAGE_MM = { width: 210, height: 297 } as const;
/** Top 37 mm, binding side 28 mm; the type area is 156 × 225 mm, leaving 35 mm below and 26 mm outside. */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** The page number sits 7 mm below the type area. */
export const PAGE_NUMBER_BELOW_MM = 7;

const POINTS_PER_MM = 72 / 25.4;

export interface PageGeometry {
  pageWidth: number;
  pageHeight: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** From the page edge to the footer's baseline area, in twips. */
  footer: number;
  header: number;
  /** docGrid linePitch in twips: 22 lines fill the type area height. */
  linePitch: number;
  /**
   * docGrid charSpace: how far one grid character differs from the default font size, in 1/4096 pt
   * (ECMA-376 17.6.5). Negative because 28 × 16 pt is a little wider than 156 mm.
   */
  charSpace: number;
  /** The width of one grid character in twips, for two-character indents. */
  charPitch: number;
  /**
   * Character spacing in twips that brings a body character within the grid pitch, for renderers
   * that do not squeeze characters into the grid themselves.
   */
  condense: number;
  /** Type area width in twips, for tables and images. */
  textWidth: number;
}

export function pageGeometry(bodyPt: number = TYPE_SIZE.三号): PageGeometry {
  const typeWidthMm = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
  const typeHeightMm = PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom;
  // Rounded down, so that the grid never asks for more room than the type area has.
  const linePitch = Math.floor((typeHeightMm * POINTS_PER_MM * 20) / LINES_PER_PAGE);
  const charPitchPt = (typeWidthMm * POINTS_PER_MM) / CHARS_PER_LINE;
  return {
    pageWidth: mmToTwips(PAGE_MM.width),
    pageHeight: mmToTwips(PAGE_MM.height),
    margin: {
      top: mmToTwips(MARGIN_MM.top),
      bottom: mmToTwips(MARGIN_MM.bottom),
      left: mmToTwips(MARGIN_MM.left),
      right: mmToTwips(MARGIN_MM.right),
    },
    // The footer's text sits 7 mm under the type area; Word's footer distance is from the page edge
    // to the footer's bottom, so leave the page number's own line height below it.
    footer: mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_BELOW_MM) - TYPE_SIZE.四号 * 20,
    header: mmToTwips(15),
    linePitch,
    charSpace: Math.floor((charPitchPt - bodyPt) * 4096),
    charPitch: Math.floor(charPitchPt * 20),
    condense: Math.floor((charPitchPt - bodyPt) * 20),
    textWidth: mmToTwips(typeWidthMm),
  };
}

/** The official font names, kept in the .docx whatever the converting machine has installed. */
export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  classification: '黑体',
} as const;

/** 发文机关标志 and the separator rule are red. */
export const RED = 'FF0000';
