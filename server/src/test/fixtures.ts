import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/*
 * Office files and photos built in code for tests, so that each test shows exactly what it plants
 * and no binary fixture needs to be trusted.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const paragraph = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
export const picture = (relId: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="照片"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** The smallest .docx Word and mammoth accept: content types, the package relationship and the document, plus optional pictures. */
export async function docx(body: string, media: Record<string, Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rels = Object.keys(media).map((name, i) => `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${name}"/>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  for (const [name, data] of Object.entries(media)) zip.file(`word/media/${name}`, data);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/*
 * JPEG files built byte by byte: SOI, an APP1 segment holding "Exif\0\0" and a little-endian TIFF
 * structure (IFD0 with Artist, XPAuthor and a pointer to the GPS IFD), EOI. Nothing else is
 * needed for a reader of metadata, and building them here shows exactly what is being detected.
 */
type Entry = { tag: number; type: number; count: number; data: Buffer };
const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const BYTE = 1;

export const ascii = (tag: number, s: string): Entry => ({ tag, type: ASCII, count: s.length + 1, data: Buffer.from(`${s}\0`, 'latin1') });
export const ucs2 = (tag: number, s: string): Entry => ({ tag, type: BYTE, count: (s.length + 1) * 2, data: Buffer.from(`${s}\0`, 'utf16le') });
const long = (tag: number, n: number): Entry => ({ tag, type: LONG, count: 1, data: Buffer.from(Uint32Array.of(n).buffer) });
function rationals(tag: number, ...pairs: [number, number][]): Entry {
  const data = Buffer.alloc(pairs.length * 8);
  pairs.forEach(([n, d], i) => {
    data.writeUInt32LE(n, i * 8);
    data.writeUInt32LE(d, i * 8 + 4);
  });
  return { tag, type: RATIONAL, count: pairs.length, data };
}

/** One IFD placed at `offset` in the TIFF: entries, next-IFD pointer 0, then the values too long to sit in an entry. */
function ifd(entries: Entry[], offset: number): Buffer {
  const head = Buffer.alloc(2 + entries.length * 12 + 4);
  head.writeUInt16LE(entries.length, 0);
  const extra: Buffer[] = [];
  let dataAt = offset + head.length;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    head.writeUInt16LE(e.tag, at);
    head.writeUInt16LE(e.type, at + 2);
    head.writeUInt32LE(e.count, at + 4);
    if (e.data.length <= 4) e.data.copy(head, at + 8);
    else {
      head.writeUInt32LE(dataAt, at + 8);
      const padded = e.data.length % 2 ? Buffer.concat([e.data, Buffer.alloc(1)]) : e.data;
      extra.push(padded);
      dataAt += padded.length;
    }
  });
  return Buffer.concat([head, ...extra]);
}

export function jpeg(ifd0: Entry[], gps: Entry[] | null): Buffer {
  const tiffHeader = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  const size = (entries: Entry[]) => ifd(entries, 8).length;
  const withPointer = gps ? [...ifd0, long(0x8825, 0)] : ifd0;
  const gpsOffset = 8 + size(withPointer);
  const first = gps ? [...ifd0, long(0x8825, gpsOffset)] : ifd0;
  const tiff = Buffer.concat([tiffHeader, ifd(first, 8), ...(gps ? [ifd(gps, gpsOffset)] : [])]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, Buffer.from([0xff, 0xd9])]);
}

export const GPS: Entry[] = [
  { tag: 0x0000, type: BYTE, count: 4, data: Buffer.from([2, 3, 0, 0]) },
  ascii(0x0001, 'N'),
  rationals(0x0002, [34, 1], [15, 1], [558, 10]),
  ascii(0x0003, 'E'),
  rationals(0x0004, [108, 1], [57, 1], [1512, 100]),
];
export const ORIENTATION: Entry = { tag: 0x0112, type: SHORT, count: 1, data: Buffer.from([1, 0]) };
export const CLEAN_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);


/** A one-sheet workbook for import tests, with optional merged ranges (「A1:B1」) as offices' exports have them. */
export async function xlsxSheet(rows: (string | number)[][], merges: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
