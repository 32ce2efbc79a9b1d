/**
 * The WordprocessingML pieces the engine composes. Text arrives from users and ingested items, so
 * every string passes through `text()`, which escapes markup and drops what XML 1.0 cannot carry.
 */

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Control characters, U+FFFE/U+FFFF and lone surrogates are not XML characters: Word refuses the whole file.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RunStyle {
  font: string;
  sizePt: number;
  bold?: boolean;
  color?: string;
}

export function runProps(s: RunStyle): string {
  const f = escapeXml(s.font);
  const size = Math.round(s.sizePt * 2);
  return (
    `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}" w:hint="eastAsia"/>` +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/** A run of text; line breaks inside it become Word line breaks, tabs become tabs. */
export function run(textValue: string, style: RunStyle): string {
  const pieces = textValue.split(/(\r\n|\n|\r|\t)/);
  const body = pieces
    .map((p) => (p === '\t' ? '<w:tab/>' : /^(\r\n|\n|\r)$/.test(p) ? '<w:br/>' : p ? `<w:t xml:space="preserve">${escapeXml(p)}</w:t>` : ''))
    .join('');
  return `<w:r>${runProps(style)}${body}</w:r>`;
}

export interface ParagraphStyle {
  align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent and left/right indents in twips. */
  firstLine?: number;
  /** First-line indent in hundredths of a grid character (Word's 「首行缩进 2 字符」 is 200). */
  firstLineChars?: number;
  left?: number;
  right?: number;
  /** Spacing before and after in twips. */
  before?: number;
  after?: number;
  /** An exact line height in twips; otherwise lines snap to the document grid. */
  exactLine?: number;
  /** Single spacing off the grid, for pictures: an exact height would clip them. */
  freeLine?: boolean;
  outlineLevel?: number;
  keepNext?: boolean;
  borderTop?: Border;
  borderBottom?: Border;
  /** Right-aligned tab stop positions in twips. */
  rightTabs?: number[];
}

export interface Border {
  /** Width in eighths of a point. */
  size: number;
  color: string;
  /** Distance from the text in points. */
  space: number;
}

const border = (side: 'top' | 'bottom', b: Border) => `<w:${side} w:val="single" w:sz="${b.size}" w:space="${b.space}" w:color="${b.color}"/>`;

export function paragraphProps(p: ParagraphStyle): string {
  const parts: string[] = [];
  if (p.keepNext) parts.push('<w:keepNext/>');
  if (p.borderTop || p.borderBottom)
    parts.push(`<w:pBdr>${p.borderTop ? border('top', p.borderTop) : ''}${p.borderBottom ? border('bottom', p.borderBottom) : ''}</w:pBdr>`);
  if (p.rightTabs?.length) parts.push(`<w:tabs>${p.rightTabs.map((pos) => `<w:tab w:val="right" w:pos="${pos}"/>`).join('')}</w:tabs>`);
  if (p.exactLine || p.freeLine) parts.push('<w:snapToGrid w:val="0"/>');
  const spacing = [
    p.before !== undefined ? `w:before="${p.before}"` : '',
    p.after !== undefined ? `w:after="${p.after}"` : '',
    p.exactLine ? `w:line="${p.exactLine}" w:lineRule="exact"` : p.freeLine ? 'w:line="240" w:lineRule="auto"' : '',
  ].filter(Boolean);
  if (spacing.length) parts.push(`<w:spacing ${spacing.join(' ')}/>`);
  const ind = [
    p.left !== undefined ? `w:left="${p.left}"` : '',
    p.right !== undefined ? `w:right="${p.right}"` : '',
    p.firstLineChars !== undefined ? `w:firstLineChars="${p.firstLineChars}"` : '',
    p.firstLine !== undefined ? `w:firstLine="${p.firstLine}"` : '',
  ].filter(Boolean);
  if (ind.length) parts.push(`<w:ind ${ind.join(' ')}/>`);
  if (p.align) parts.push(`<w:jc w:val="${p.align}"/>`);
  if (p.outlineLevel !== undefined) parts.push(`<w:outlineLvl w:val="${p.outlineLevel}"/>`);
  return parts.length ? `<w:pPr>${parts.join('')}</w:pPr>` : '';
}

export function paragraph(style: ParagraphStyle, runs: string): string {
  return `<w:p>${paragraphProps(style)}${runs}</w:p>`;
}

/** The PAGE field as a complex field, which Word and LibreOffice both update on every page. */
export function pageField(style: RunStyle): string {
  const rp = runProps(style);
  return (
    `<w:r>${rp}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rp}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rp}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rp}<w:t>1</w:t></w:r>` +
    `<w:r>${rp}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** 1 mm in English Metric Units, DrawingML's length. */
export const EMU_PER_MM = 36_000;

export function inlineImage(relId: string, id: number, widthMm: number, heightMm: number, name: string): string {
  const cx = Math.round(widthMm * EMU_PER_MM);
  const cy = Math.round(heightMm * EMU_PER_MM);
  const n = escapeXml(name);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:docPr id="${id}" name="${n}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${n}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
