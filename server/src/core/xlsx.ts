import ExcelJS from 'exceljs';
import { TIME_ZONE } from '@yuqing/common';

export interface XlsxColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | Date | boolean | null;
  /** Dates are written as real Excel dates (Beijing wall time), so the office can sort and filter them. */
  date?: boolean;
}

/** An ISO instant as a Date whose UTC fields read as Beijing wall time: Excel has no time zones. */
function beijingWallTime(iso: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}

export async function writeXlsx<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yuqing 舆情';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.date ? { numFmt: 'yyyy-mm-dd hh:mm' } : {} }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = c.value(row);
        return c.date && typeof v === 'string' ? beijingWallTime(v) : v;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
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
