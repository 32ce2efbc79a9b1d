import JSZip from 'jszip';
import type { DocumentBlock, DocumentSpec } from './document-spec.js';
import { appProps, contentTypes, coreProps, documentRels, fontTable, imageRelId, packageRels, pageNumberFooter, REL_ID, settings, styles } from './docx-parts.js';
import { FONT, mmToTwips, pageGeometry, RED, TYPE_SIZE, type PageGeometry } from './gbt9704.js';
import { createHeadingCounter, normaliseDocNumber, officialDate, stripTypedLabel } from './numbering.js';
import { inlineImage, paragraph, run, W_NS, XML_DECL, type Border, type ParagraphStyle, type RunStyle } from './ooxml.js';
import { chartPng, fitPng } from './raster.js';

const BODY: RunStyle = { font: FONT.body, sizePt: TYPE_SIZE.三号 };
const HEADING_FONT = { 1: FONT.heading1, 2: FONT.heading2, 3: FONT.body, 4: FONT.body } as const;
const TABLE_PT = TYPE_SIZE.四号;
/** Tallest picture, so that a portrait image and its caption share a page. */
const MAX_IMAGE_HEIGHT_MM = 190;
const MAX_IMAGE_WIDTH_MM = 156;
/** Pixels per millimetre at 96 dpi, the size a picture is shown at when no width is asked for. */
const PX_PER_MM = 96 / 25.4;

/** Width in grid characters: a CJK character takes one, a half-width character half of one. */
export function charWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff\uff61-\uffdc]/.test(ch) ? 0.5 : 1;
  return w;
}

interface Media {
  target: string;
  png: Buffer;
}

class Layout {
  readonly parts: string[] = [];
  readonly media: Media[] = [];
  private readonly heading = createHeadingCounter();

  /**
   * Justified text for Word; LibreOffice does not draw the punctuation it hangs past the end of a
   * justified line (a comma after the 28th character vanishes), so its copy is set flush left.
   */
  readonly justify: 'both' | 'left';

  constructor(
    readonly g: PageGeometry,
    target: DocxTarget,
  ) {
    this.justify = target === 'word' ? 'both' : 'left';
  }

  get char() {
    return this.g.charPitch;
  }

  push(style: ParagraphStyle, runs: string) {
    this.parts.push(paragraph(style, runs));
  }

  /** A body paragraph: justified, first line indented two characters, on the line grid. */
  body(text: string) {
    for (const line of text.split(/\r\n|\n|\r/)) this.push({ align: this.justify, firstLineChars: 200, firstLine: 2 * this.char }, run(line, BODY));
  }

  headingBlock(level: 1 | 2 | 3 | 4, text: string) {
    const label = this.heading(level);
    this.push(
      { align: this.justify, firstLineChars: 200, firstLine: 2 * this.char, keepNext: true, outlineLevel: level - 1 },
      run(label + stripTypedLabel(text).replace(/\s+/g, ' ').trim(), { font: HEADING_FONT[level], sizePt: TYPE_SIZE.三号 }),
    );
  }

  caption(text: string, keepNext: boolean) {
    this.push({ align: 'center', keepNext }, run(text, { font: FONT.heading1, sizePt: TYPE_SIZE.三号 }));
  }

  image(png: Buffer, widthMm: number | undefined, name: string, caption?: string) {
    const fitted = fitPng(png);
    if (!fitted) {
      this.push({ align: 'center' }, run('（图片无法读取）', BODY));
      if (caption) this.caption(caption, false);
      return;
    }
    const { info } = fitted;
    let w = Math.min(widthMm && widthMm > 0 ? widthMm : info.width / PX_PER_MM, MAX_IMAGE_WIDTH_MM);
    let h = (w * info.height) / info.width;
    if (h > MAX_IMAGE_HEIGHT_MM) {
      w = (w * MAX_IMAGE_HEIGHT_MM) / h;
      h = MAX_IMAGE_HEIGHT_MM;
    }
    const index = this.media.length;
    this.media.push({ target: `media/image${index + 1}.png`, png: fitted.png });
    this.push({ align: 'center', freeLine: true, keepNext: Boolean(caption) }, inlineImage(imageRelId(index), index + 1, w, h, name));
    if (caption) this.caption(caption, false);
  }

  table(block: Extract<DocumentBlock, { kind: 'table' }>) {
    if (block.caption) this.caption(block.caption, true);
    const n = Math.max(block.columns.length, ...block.rows.map((r) => r.length), 1);
    const header = Array.from({ length: n }, (_, i) => block.columns[i] ?? '');
    const rows = block.rows.map((r) => Array.from({ length: n }, (_, i) => (r[i] === undefined || r[i] === null ? '' : String(r[i]))));
    const widths = columnWidths([header, ...rows], n, this.g.textWidth);
    const edge = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
    const cellLine = Math.round(TABLE_PT * 20 * 1.3);
    const cell = (text: string, i: number, head: boolean, span = 1) => {
      const numeric = !head && /^[-+]?\d[\d,]*(\.\d+)?%?$/.test(text.trim());
      const style: RunStyle = { font: head ? FONT.heading1 : FONT.body, sizePt: TABLE_PT };
      const width = span > 1 ? this.g.textWidth : widths[i];
      return (
        `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>` +
        paragraph({ align: head || numeric || span > 1 ? 'center' : 'left', exactLine: cellLine }, run(text, style)) +
        '</w:tc>'
      );
    };
    // A row taller than a page cannot be kept whole; Word would push it around forever.
    const row = (cells: string[], head: boolean) =>
      `<w:tr><w:trPr>${cells.join('').length < 300 ? '<w:cantSplit/>' : ''}${head ? '<w:tblHeader/>' : ''}<w:jc w:val="center"/></w:trPr>` +
      cells.map((c, i) => cell(c, i, head)).join('') +
      '</w:tr>';
    this.parts.push(
      '<w:tbl><w:tblPr>' +
        `<w:tblW w:w="${this.g.textWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
        `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(edge).join('')}</w:tblBorders>` +
        '<w:tblLayout w:type="fixed"/></w:tblPr>' +
        `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        row(header, true) +
        (rows.length
          ? rows.map((r) => row(r, false)).join('')
          : `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell('（无数据）', 0, false, n)}</w:tr>`) +
        '</w:tbl>',
    );
    // Two tables with nothing between them would merge into one in Word.
    this.push({ exactLine: Math.round(this.g.linePitch / 2) }, '');
  }
}

/**
 * Column widths in twips: each column asks for its widest text (up to 30 characters) in the table's
 * type size; narrow columns get what they ask for first, and wide ones share what is left, so a
 * long summary column cannot squeeze a short number column into wrapping.
 */
export function columnWidths(rows: string[][], n: number, total: number, pt = TABLE_PT): number[] {
  const sample = rows.slice(0, 200);
  // Cell margins, and one character more: half-width digits are a little wider than half an em in most fonts.
  const slack = 2 * 108 + pt * 20;
  const wants = Array.from({ length: n }, (_, i) => Math.min(30, Math.max(2, ...sample.map((r) => charWidth(r[i] ?? '')))) * pt * 20 + slack);
  const sum = wants.reduce((a, b) => a + b, 0);
  const widths = new Array<number>(n);
  if (sum <= total) wants.forEach((w, i) => (widths[i] = Math.floor((w * total) / sum)));
  else {
    let left = total;
    const order = wants.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
    order.forEach(({ w, i }, k) => {
      widths[i] = Math.floor(Math.min(w, left / (n - k)));
      left -= widths[i];
    });
  }
  widths[n - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function versionHead(l: Layout, spec: DocumentSpec) {
  const { g } = l;
  const left: ParagraphStyle = { align: 'left' };
  let linesAbove = 0;
  if (spec.classification?.trim()) {
    l.push(left, run(spec.classification.trim(), { font: FONT.classification, sizePt: TYPE_SIZE.三号 }));
    linesAbove++;
  }
  if (spec.urgency) {
    l.push(left, run(spec.urgency, { font: FONT.classification, sizePt: TYPE_SIZE.三号 }));
    linesAbove++;
  }
  const redRule: Border = { size: 12, color: RED, space: 11 };
  const issuer = spec.issuer?.replace(/\s+/g, '').trim();
  const docNumber = spec.docNumber?.trim() ? normaliseDocNumber(spec.docNumber) : undefined;
  if (issuer) {
    // As large as fits on one line, up to about 50 pt (the usual 22 mm high mark is wider than most names allow).
    const size = Math.max(16, Math.min(50, Math.floor((g.textWidth / 20 / charWidth(issuer)) * 0.96)));
    l.push(
      {
        align: 'center',
        before: Math.max(0, mmToTwips(35) - linesAbove * g.linePitch),
        exactLine: Math.round(size * 20 * 1.25),
        borderBottom: docNumber ? undefined : redRule,
      },
      run(issuer, { font: FONT.title, sizePt: size, color: RED }),
    );
  }
  if (docNumber) l.push({ align: 'center', before: 2 * g.linePitch, borderBottom: issuer ? redRule : undefined }, run(docNumber, BODY));
  return Boolean(issuer || docNumber);
}

function signature(l: Layout, sig: NonNullable<DocumentSpec['signature']>) {
  // GB/T 9704-2012 §7.3.5.1 without a seal: the authority two characters in from the right, the
  // date under it starting two characters further right; a longer date pushes the authority left.
  const authority = sig.authority.trim();
  const date = officialDate(sig.date);
  const [a, d] = [charWidth(authority), charWidth(date)];
  const [rightA, rightD] = d + 2 > a ? [d + 4 - a, 2] : [2, a - d];
  const c = l.char;
  l.push({ align: 'right', right: Math.round(rightA * c), before: l.g.linePitch }, run(authority, BODY));
  l.push({ align: 'right', right: Math.round(rightD * c) }, run(date, BODY));
}

function printingNote(l: Layout, footer: NonNullable<DocumentSpec['footer']>) {
  // 版记 sits at the foot of the last page: a table floating at the bottom of the type area, with
  // thick rules (0.35 mm) first and last and a thin one (0.25 mm) between, 4号 one character in.
  const style: RunStyle = { font: FONT.body, sizePt: TYPE_SIZE.四号 };
  const one = TYPE_SIZE.四号 * 20;
  const rule = (side: string, size: number) => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="000000"/>`;
  const line = { left: one, right: one, exactLine: l.g.linePitch };
  const copyTo = footer.copyTo?.trim();
  const rows = [
    ...(copyTo ? [paragraph({ align: 'left', ...line }, run(`抄送：${copyTo}${/[。.]$/.test(copyTo) ? '' : '。'}`, style))] : []),
    paragraph({ align: 'left', ...line, rightTabs: [l.g.textWidth - one] }, run(`${footer.printedBy.trim()}\t${officialDate(footer.printedOn)}印发`, style)),
  ];
  l.parts.push(
    '<w:tbl><w:tblPr>' +
      '<w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>' +
      `<w:tblW w:w="${l.g.textWidth}" w:type="dxa"/>` +
      `<w:tblBorders>${rule('top', 8)}${rule('bottom', 8)}${rule('insideH', 6)}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
      `<w:tblGrid><w:gridCol w:w="${l.g.textWidth}"/></w:tblGrid>` +
      rows.map((p) => `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${l.g.textWidth}" w:type="dxa"/></w:tcPr>${p}</w:tc></w:tr>`).join('') +
      '</w:tbl>',
  );
  // A body must end with a paragraph.
  l.push({ exactLine: 20 }, '');
}

/**
 * Who lays the document out. Word and WPS squeeze 16 pt characters into the 15.8 pt cells of a
 * 28-character grid; LibreOffice instead gives each of them two cells, 14 to a line. So the copy
 * made for LibreOffice (the PDF) keeps the 22-line grid and condenses characters by a quarter point,
 * which puts the same 28 on a line; the .docx people download keeps the grid Word expects.
 */
export type DocxTarget = 'word' | 'libreoffice';

function documentXml(spec: DocumentSpec, l: Layout, target: DocxTarget): string {
  const { g } = l;
  const headed = versionHead(l, spec);
  const title = spec.title.replace(/\s+/g, ' ').trim();
  if (title) {
    l.push(
      { align: 'center', before: headed ? 2 * g.linePitch : 0, after: g.linePitch, exactLine: Math.round(TYPE_SIZE.二号 * 20 * 1.5) },
      run(title, { font: FONT.title, sizePt: TYPE_SIZE.二号 }),
    );
  }
  const addressees = spec.addressees?.trim();
  if (addressees) l.push({ align: l.justify }, run(/[：:]$/.test(addressees) ? addressees : `${addressees}：`, BODY));
  let charts = 0;
  for (const block of spec.body) {
    switch (block.kind) {
      case 'heading':
        l.headingBlock(block.level, block.text);
        break;
      case 'paragraph':
        l.body(block.text);
        break;
      case 'table':
        l.table(block);
        break;
      case 'chart':
        l.image(chartPng(block.chart), 150, `图表${++charts}`, block.caption);
        break;
      case 'image':
        l.image(block.png, block.widthMm, `图片${l.media.length + 1}`, block.caption);
        break;
    }
  }
  if (spec.signature?.authority.trim()) signature(l, spec.signature);
  if (spec.footer?.printedBy.trim()) printingNote(l, spec.footer);
  const sect =
    '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${REL_ID.oddFooter}"/><w:footerReference w:type="even" r:id="${REL_ID.evenFooter}"/>` +
    `<w:pgSz w:w="${g.pageWidth}" w:h="${g.pageHeight}"/>` +
    `<w:pgMar w:top="${g.margin.top}" w:right="${g.margin.right}" w:bottom="${g.margin.bottom}" w:left="${g.margin.left}" w:header="${g.header}" w:footer="${g.footer}" w:gutter="0"/>` +
    '<w:cols w:space="425"/>' +
    (target === 'word'
      ? `<w:docGrid w:type="linesAndChars" w:linePitch="${g.linePitch}" w:charSpace="${g.charSpace}"/>`
      : `<w:docGrid w:type="lines" w:linePitch="${g.linePitch}"/>`) +
    '</w:sectPr>';
  return XML_DECL + `<w:document ${W_NS}><w:body>${l.parts.join('')}${sect}</w:body></w:document>`;
}

/**
 * An official document as a .docx in the GB/T 9704-2012 layout. Any spec gives a valid file: empty
 * parts are left out, unreadable pictures become a note, text is escaped.
 */
export async function renderDocx(spec: DocumentSpec, options: { target?: DocxTarget; now?: Date } = {}): Promise<Buffer> {
  const target = options.target ?? 'word';
  const now = options.now ?? new Date();
  const layout = new Layout(pageGeometry(), target);
  const document = documentXml(spec, layout, target);
  const zip = new JSZip();
  // Folder entries are not parts of an OPC package; some readers list them as broken parts.
  const add = (name: string, data: string | Buffer, store = false) => zip.file(name, data, { createFolders: false, ...(store ? { compression: 'STORE' as const } : {}) });
  add('[Content_Types].xml', contentTypes());
  add('_rels/.rels', packageRels());
  add('docProps/core.xml', coreProps(spec.title, now.toISOString().replace(/\.\d{3}Z$/, 'Z')));
  add('docProps/app.xml', appProps());
  add('word/document.xml', document);
  add('word/_rels/document.xml.rels', documentRels(layout.media.map((m) => m.target)));
  add('word/styles.xml', styles(target === 'libreoffice' ? layout.g.condense : 0));
  add('word/settings.xml', settings());
  add('word/fontTable.xml', fontTable());
  add('word/footer1.xml', pageNumberFooter('odd'));
  add('word/footer2.xml', pageNumberFooter('even'));
  // PNGs are compressed already; deflating them again only costs time.
  for (const m of layout.media) add(`word/${m.target}`, m.png, true);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
