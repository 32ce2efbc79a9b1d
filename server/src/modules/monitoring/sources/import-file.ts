import { readXlsx, XlsxError } from '../../../core/xlsx.js';
import { decodeBody } from '../feeds/index.js';
import type { RawItem } from '../items/index.js';
import { csvRecords } from '../text/csv-records.js';
import { mapRecord, type FieldMapping } from './field-mapping.js';
import { pushRecords, PushBodyError } from './push-body.js';

export const IMPORT_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file that cannot be read as a whole: wrong format, missing or merged headers. Row problems are not this. */
export class ImportFileError extends Error {}

export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'xlsx' || ext === 'jsonl') return ext;
  if (ext === 'ndjson' || ext === 'json') return 'jsonl';
  return null;
}

const rowPosition = (row: number) => `第 ${row} 行 / row ${row}`;

/**
 * The rows of an import file as raw items, each with its row number as Excel or an editor shows it
 * (the header is row 1). CSV bytes are decoded like any other body: exports still come in GBK.
 */
export async function readImportFile(bytes: Buffer, format: ImportFormat, mapping: FieldMapping): Promise<RawItem[]> {
  // Only the text column must exist: a platform's export may lack a link or a counts column.
  const required = mapping.text ? [mapping.text] : [];
  const optional = [...new Set(Object.values(mapping).filter((h): h is string => !!h && h !== mapping.text))];
  if (format === 'xlsx') {
    try {
      const rows = await readXlsx(bytes, required, optional);
      return rows.map((r) => mapRecord(r.values, mapping, rowPosition(r.row)));
    } catch (err) {
      if (err instanceof XlsxError) throw new ImportFileError(err.message);
      throw err;
    }
  }
  const text = decodeBody(bytes).text;
  if (format === 'jsonl') {
    try {
      return pushRecords(text).map(({ record, position }) => mapRecord(record, mapping, position.replace(/^line (\d+)$/, (_m, n) => rowPosition(Number(n)))));
    } catch (err) {
      if (err instanceof PushBodyError) throw new ImportFileError(err.message);
      throw err;
    }
  }
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const first = records.next();
  const header = first.done ? undefined : first.value.map((h: string) => h.trim());
  if (!header) throw new ImportFileError('文件为空 / the file is empty');
  const missing = required.filter((h) => !header.includes(h));
  if (missing.length) throw new ImportFileError(`缺少表头：${missing.join('、')} / missing headers: ${missing.join(', ')}`);
  const out: RawItem[] = [];
  // Row numbers count physical records; a quoted field with line breaks is still one row.
  let row = 1;
  for (const fields of records) {
    row++;
    if (fields.every((f) => f.trim() === '')) continue;
    const record = Object.fromEntries(header.map((h: string, i: number) => [h, fields[i]?.trim() ?? '']));
    out.push(mapRecord(record, mapping, rowPosition(row)));
  }
  return out;
}
