import { FONT, TYPE_SIZE } from './gbt9704.js';
import { escapeXml, pageField, paragraph, run, W_NS, XML_DECL, type RunStyle } from './ooxml.js';

/** The package parts around document.xml: styles, settings, fonts, the two page-number footers. */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function contentTypes(): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    o('/word/document.xml', 'wordprocessingml.document.main+xml') +
    o('/word/styles.xml', 'wordprocessingml.styles+xml') +
    o('/word/settings.xml', 'wordprocessingml.settings+xml') +
    o('/word/fontTable.xml', 'wordprocessingml.fontTable+xml') +
    o('/word/footer1.xml', 'wordprocessingml.footer+xml') +
    o('/word/footer2.xml', 'wordprocessingml.footer+xml') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    o('/docProps/app.xml', 'extended-properties+xml') +
    '</Types>'
  );
}

export function packageRels(): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** Relationship ids of the fixed parts; images follow from rIdImg1 on. */
export const REL_ID = { styles: 'rIdStyles', settings: 'rIdSettings', fontTable: 'rIdFonts', oddFooter: 'rIdFooterOdd', evenFooter: 'rIdFooterEven' } as const;

export function documentRels(images: string[]): string {
  const r = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    r(REL_ID.styles, 'styles', 'styles.xml') +
    r(REL_ID.settings, 'settings', 'settings.xml') +
    r(REL_ID.fontTable, 'fontTable', 'fontTable.xml') +
    r(REL_ID.oddFooter, 'footer', 'footer1.xml') +
    r(REL_ID.evenFooter, 'footer', 'footer2.xml') +
    images.map((target, i) => r(imageRelId(i), 'image', target)).join('') +
    '</Relationships>'
  );
}

export const imageRelId = (i: number) => `rIdImg${i + 1}`;

/** `condenseTwips` narrows every character, for the LibreOffice layout (see DocxTarget). */
export function styles(condenseTwips = 0): string {
  const size = TYPE_SIZE.三号 * 2;
  const f = FONT.body;
  return (
    XML_DECL +
    `<w:styles ${W_NS}>` +
    // The grid's charSpace is counted from the default size, so the default must be the body's 16 pt.
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>` +
    (condenseTwips ? `<w:spacing w:val="${condenseTwips}"/>` : '') +
    `<w:kern w:val="2"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

export function settings(): string {
  return (
    XML_DECL +
    `<w:settings ${W_NS}>` +
    // In the schema's order, which Word enforces. Page numbers sit outside: right on odd pages,
    // left on even ones (GB/T 9704-2012 §7.5), hence separate even-page footers.
    '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="compressPunctuation"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

/**
 * The official fonts with the Windows font each is commonly installed as: Word falls back to the
 * altName when the GB2312 font itself is missing.
 */
const FONT_TABLE: [name: string, altName: string, family: string][] = [
  [FONT.body, '仿宋', 'modern'],
  [FONT.title, '宋体', 'script'],
  [FONT.heading1, 'SimHei', 'modern'],
  [FONT.heading2, '楷体', 'modern'],
  [FONT.pageNumber, 'SimSun', 'auto'],
];

export function fontTable(): string {
  return (
    XML_DECL +
    `<w:fonts ${W_NS}>` +
    FONT_TABLE.map(([name, alt, family]) => `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`).join('') +
    '</w:fonts>'
  );
}

/** 「— 1 —」 in 4号 半角宋体, one character in from the outer edge. */
export function pageNumberFooter(side: 'odd' | 'even'): string {
  const style: RunStyle = { font: FONT.pageNumber, sizePt: TYPE_SIZE.四号 };
  const oneChar = TYPE_SIZE.四号 * 20;
  const p = paragraph(
    { align: side === 'odd' ? 'right' : 'left', ...(side === 'odd' ? { right: oneChar } : { left: oneChar }), exactLine: Math.round(TYPE_SIZE.四号 * 20 * 1.2) },
    run('— ', style) + pageField(style) + run(' —', style),
  );
  return XML_DECL + `<w:ftr ${W_NS}>${p}</w:ftr>`;
}

export function coreProps(title: string, createdIso: string): string {
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Yuqing 舆情</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${createdIso}</dcterms:created></cp:coreProperties>`
  );
}

export function appProps(): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Yuqing</Application></Properties>'
  );
}
