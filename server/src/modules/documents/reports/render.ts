import ExcelJS from 'exceljs';
import type { ReportFormat } from '@yuqing/common';
import { sheetName } from '../../../core/xlsx.js';
import type { DocumentBlock, DocumentSpec } from '../document-spec.js';
import { renderDocx } from '../render-docx.js';
import { renderPdf } from '../render-pdf.js';
import type { Section } from './section.js';

export { REPORT_FORMATS } from '@yuqing/common';

export interface RenderableReport {
  title: string;
  sections: Pick<Section, 'title' | 'text' | 'blocks'>[];
  unitName: string;
  /** The superior the report goes to (主送), when there is one. */
  addressee: string | null;
  /** 成文日期, YYYY-MM-DD in Beijing. */
  date: string;
}

export function reportSpec(r: RenderableReport): DocumentSpec {
  const body: DocumentBlock[] = [];
  for (const s of r.sections) {
    body.push({ kind: 'heading', level: 1, text: s.title });
    if (s.text.trim()) body.push({ kind: 'paragraph', text: s.text.trim() });
    body.push(...s.blocks);
  }
  return { title: r.title, addressees: r.addressee ?? undefined, body, signature: { authority: r.unitName, date: r.date } };
}

type TableBlock = Extract<DocumentBlock, { kind: 'table' }>;

/** The figure tables of a report, one sheet each, headed like every list export. */
export async function tablesXlsx(title: string, tables: TableBlock[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yuqing 舆情';
  wb.title = title;
  const used = new Set<string>();
  for (const b of tables) {
    const caption = b.caption ?? title;
    let name = sheetName(caption);
    for (let i = 2; used.has(name); i++) name = sheetName(`${caption.slice(0, 27)} ${i}`);
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = b.columns.map((c, i) => ({ header: c, width: Math.min(60, Math.max(10, ...[c, ...b.rows.map((row) => String(row[i] ?? ''))].map((t) => t.length * 2 + 2))) }));
    ws.getRow(1).font = { bold: true };
    for (const row of b.rows) ws.addRow(row);
  }
  if (!used.size) wb.addWorksheet('无数据').addRow(['本报告没有数据表']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const tablesOf = (blocks: DocumentBlock[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

/** A finished official document in the asked format; .xlsx holds its tables. */
export async function renderSpec(spec: DocumentSpec, format: ReportFormat): Promise<Buffer> {
  if (format === 'xlsx') return tablesXlsx(spec.title, tablesOf(spec.body));
  return format === 'pdf' ? renderPdf(spec) : renderDocx(spec);
}

export const renderReport = (r: RenderableReport, format: ReportFormat) => renderSpec(reportSpec(r), format);

export const REPORT_MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
