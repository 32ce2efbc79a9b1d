import ExcelJS from 'exceljs';
import { TIME_ZONE } from '@yuqing/common';
import { XLSX_MIME } from './uploads.js';

export interface XlsxColumn<T> {
  header: string;
  /** Width in Excel's character units; a Chinese character takes about two. */
  width: number;
  value: (row: T) => string | number | Date | boolean | null | undefined;
  /**
   * Dates are written as real Excel dates in Beijing wall time, so the office can sort and filter
   * them: `true` or 'datetime' for instants (ISO strings or Dates), 'date' for calendar days
   * (an instant is cut to its Beijing day; 'YYYY-MM-DD' is taken as that day).
   */
  date?: boolean | 'date' | 'datetime';
}

const DATE_FORMAT = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' } as const;
/** Excel's own limits: longer cells make it "repair" the file, longer sheet names are refused. */
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_NAME = 31;
// Control characters cannot be stored in the sheet's XML at all.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** An ISO instant as a Date whose UTC fields read as Beijing wall time: Excel has no time zones. */
function beijingWallTime(instant: string | Date, dayOnly = false): Date | null {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return dayOnly
    ? new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day))
    : new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}

function dateCell(v: unknown, kind: 'date' | 'datetime'): unknown {
  if (kind === 'date' && typeof v === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (day) return new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
  }
  // Text that is no date stays as it was, so nothing the row said is lost.
  return typeof v === 'string' || v instanceof Date ? (beijingWallTime(v, kind === 'date') ?? v) : v;
}

function textCell(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const clean = v.replace(NOT_XML, '');
  return clean.length > MAX_CELL_CHARS ? `${clean.slice(0, MAX_CELL_CHARS - 1)}…` : clean;
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').replace(NOT_XML, '').trim().slice(0, MAX_SHEET_NAME) || 'Sheet1';
}

/**
 * A list as .xlsx, the way every list screen exports: Chinese headers in bold on a frozen first row
 * with a filter, set column widths, real dates.
 */
export async function writeXlsx<T>(name: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yuqing 舆情';
  const ws = wb.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed (or turned into PDF) on A4 across, all columns on one page's width, the header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const kinds = columns.map((c) => (c.date === true ? 'datetime' : c.date || undefined));
  ws.columns = columns.map((c, i) => {
    const kind = kinds[i];
    return { header: textCell(c.header) as string, width: c.width, style: kind ? { numFmt: DATE_FORMAT[kind] } : {} };
  });
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  if (columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) {
    ws.addRow(
      columns.map((c, i) => {
        const v = c.value(row) ?? null;
        const kind = kinds[i];
        return kind ? dateCell(v, kind) : textCell(v);
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Response headers for an .xlsx download with a Chinese file name (RFC 6266 / 5987). */
export function xlsxDownloadHeaders(fileName: string): Record<string, string> {
  const name = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'content-type': XLSX_MIME,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  };
}

export interface SheetRow {
  /** The row number as Excel shows it, for messages. */
  row: number;
  values: Record<string, string>;
}

export class XlsxError extends Error {}

/**
 * Reads the first sheet by header names. Merged header cells and missing required headers are
 * refused, because they shift columns under a naive reader and put values in the wrong fields.
 */
export async function readXlsx(buffer: Buffer, required: string[], optional: string[] = []): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw new XlsxError(`不是有效的 .xlsx 文件（${(err as Error).message}）`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new XlsxError('文件中没有工作表');
  const header = ws.getRow(1);
  const index = new Map<string, number>();
  header.eachCell((cell, col) => {
    if (cell.isMerged) throw new XlsxError(`表头第 ${col} 列是合并单元格，请取消合并后再导入`);
    const name = String(cell.text ?? '').trim();
    if (name) index.set(name, col);
  });
  const missing = required.filter((h) => !index.has(h));
  if (missing.length) throw new XlsxError(`缺少表头：${missing.join('、')}`);
  const rows: SheetRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    for (const h of [...required, ...optional]) {
      const col = index.get(h);
      if (col === undefined) continue;
      const cell = r.getCell(col);
      // Excel dates carry wall time in their UTC fields; hand them on as text parseBeijingDate reads.
      values[h] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 19).replace('T', ' ') : String(cell.text ?? '').trim();
    }
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
  });
  return rows;
}

/** Dates as offices write them, read as Beijing time: 2026-03-05, 2026/3/5, 2026年3月5日, with an optional 14:30[:00]. */
export function parseBeijingDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', se = '0'] = m.slice(1);
  const utc = Date.UTC(+y, +mo - 1, +d, +h - 8, +mi, +se);
  const check = new Date(utc + 8 * 3600_000);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d) return null;
  return new Date(utc).toISOString();
}
