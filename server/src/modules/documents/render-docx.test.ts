import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.js';
import { sampleDocument } from './sample-document.js';
import { pngInfo } from './raster.js';
import { attr, docxMedia, docxParts, paragraphs } from './testing/read-back.js';

/** The run font (East Asian) and size in points of a paragraph's first run. */
function runFont(p: { xml: string }) {
  return { font: attr(p.xml, 'w:rFonts', 'w:eastAsia'), pt: Number(attr(p.xml, 'w:sz', 'w:val')) / 2 };
}

describe('renderDocx read back', () => {
  let parts: Record<string, string>;
  let doc: string;
  let paras: ReturnType<typeof paragraphs>;
  let media: Buffer[];

  beforeAll(async () => {
    const docx = await renderDocx(sampleDocument(2));
    parts = await docxParts(docx);
    doc = parts['word/document.xml'];
    paras = paragraphs(doc);
    media = await docxMedia(docx);
  });

  it('is well-formed XML in every part', () => {
    for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(parts['[Content_Types].xml']).toContain('/word/document.xml');
  });

  it('sets A4, the GB/T 9704 margins and the 22 × 28 grid', () => {
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    expect(['top', 'bottom', 'left', 'right'].map((s) => attr(doc, 'w:pgMar', `w:${s}`))).toEqual(['2098', '1984', '1587', '1474']);
    expect(attr(doc, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    const linePitch = Number(attr(doc, 'w:docGrid', 'w:linePitch'));
    const charSpace = Number(attr(doc, 'w:docGrid', 'w:charSpace'));
    // 225 mm high and 156 mm wide, in twips.
    const [height, width] = [(225 * 1440) / 25.4, (156 * 1440) / 25.4];
    expect(Math.floor(height / linePitch)).toBe(22);
    expect(Math.floor(width / ((16 + charSpace / 4096) * 20))).toBe(28);
  });

  it('sets the body in 3号仿宋_GB2312 by default, with East Asian font attributes', () => {
    const styles = parts['word/styles.xml'];
    expect(attr(styles, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(styles, 'w:rFonts', 'w:ascii')).toBe('仿宋_GB2312');
    expect(attr(styles, 'w:sz', 'w:val')).toBe('32');
    expect(attr(styles, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
    const body = paras.find((p) => p.text.startsWith('今年以来'))!;
    expect(runFont(body)).toEqual({ font: '仿宋_GB2312', pt: 16 });
    expect(attr(body.props, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(parts['word/fontTable.xml']).toContain('w:name="方正小标宋简体"');
  });

  it('centres the title in 2号方正小标宋简体', () => {
    const title = paras.find((p) => p.text === '灞桥街道2026年网络意识形态工作总结')!;
    expect(runFont(title)).toEqual({ font: '方正小标宋简体', pt: 22 });
    expect(attr(title.props, 'w:jc', 'w:val')).toBe('center');
  });

  it('numbers headings by level in 黑体, 楷体_GB2312 and 仿宋', () => {
    const headings = paras.filter((p) => p.props.includes('w:outlineLvl'));
    expect(headings.map((h) => h.text)).toEqual([
      '一、总体情况',
      '（一）压实工作责任',
      '1.健全监测机制',
      '（1）规范信息报送',
      '二、第2部分工作情况',
      '（一）压实工作责任',
      '1.健全监测机制',
      '（1）规范信息报送',
    ]);
    expect(headings.slice(0, 4).map((h) => runFont(h).font)).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    expect(headings.slice(0, 4).map((h) => attr(h.props, 'w:outlineLvl', 'w:val'))).toEqual(['0', '1', '2', '3']);
  });

  it('puts 「— n —」 in 4号宋体 through a PAGE field, right on odd pages and left on even ones', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const odd = parts['word/footer1.xml'];
    const even = parts['word/footer2.xml'];
    expect(doc).toMatch(/<w:footerReference w:type="default" r:id="(\w+)"\/><w:footerReference w:type="even" r:id="(\w+)"\/>/);
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    };
    expect([target('default'), target('even')]).toEqual(['footer1.xml', 'footer2.xml']);
    for (const [footer, side] of [[odd, 'right'], [even, 'left']] as const) {
      expect(attr(footer, 'w:jc', 'w:val')).toBe(side);
      expect(footer).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
      expect(paragraphs(footer)[0].text).toBe('— 1 —');
      expect(attr(footer, 'w:rFonts', 'w:ascii')).toBe('宋体');
      expect(attr(footer, 'w:sz', 'w:val')).toBe('28');
    }
  });

  it('lays out the version head: classification, urgency, the red issuer and rule, the document number', () => {
    const texts = paras.slice(0, 5).map((p) => p.text);
    expect(texts).toEqual(['秘密★1年', '特急', '灞桥街道办事处文件', '灞街发〔2026〕6号', '灞桥街道2026年网络意识形态工作总结']);
    expect(runFont(paras[0]).font).toBe('黑体');
    expect(attr(paras[2].xml, 'w:color', 'w:val')).toBe('FF0000');
    expect(runFont(paras[2]).font).toBe('方正小标宋简体');
    expect(attr(paras[3].props, 'w:bottom', 'w:color')).toBe('FF0000');
    expect(paras[5].text).toBe('区委宣传部：');
  });

  it('signs with the authority and the date as offices write it, then the 版记 between rules', () => {
    const i = paras.findIndex((p) => p.text === '灞桥街道办事处');
    expect(paras[i + 1].text).toBe('2026年11月29日');
    expect(attr(paras[i + 1].props, 'w:jc', 'w:val')).toBe('right');
    const copy = paras.find((p) => p.text.startsWith('抄送：'))!;
    expect(copy.text).toBe('抄送：区委网信办，街道各科室。');
    expect(runFont(copy)).toEqual({ font: '仿宋_GB2312', pt: 14 });
    const printed = paras.find((p) => p.text.includes('印发'))!;
    expect(printed.xml).toContain('<w:tab/>');
    expect(printed.text).toBe('灞桥街道党政办公室2026年11月29日印发');
    // Both in one table floating at the foot of the type area, between 0.35 mm and 0.25 mm rules.
    const note = [...doc.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('印发'))!;
    expect(note).toContain('抄送：');
    expect(attr(note, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom');
    expect(attr(note, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
    expect(['w:top', 'w:insideH', 'w:bottom'].map((side) => attr(note, side, 'w:sz'))).toEqual(['8', '6', '8']);
  });

  it('repeats the table header row on every page and embeds charts as PNG', () => {
    const tables = [...doc.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => !t.includes('w:tblpPr'));
    expect(tables).toHaveLength(2);
    const firstRow = /<w:tr>.*?<\/w:tr>/.exec(tables[0])![0];
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(paragraphs(firstRow).map((p) => p.text)).toEqual(['级别', '事件数', '平均首报用时（分钟）', '已处置']);
    expect(media).toHaveLength(2);
    expect(pngInfo(media[0])).toEqual({ width: 1248, height: 720 });
    expect(doc).toContain('r:embed="rIdImg1"');
  });

  it('for LibreOffice, keeps the line grid and condenses characters so 28 fit', async () => {
    const lo = await docxParts(await renderDocx(sampleDocument(1), { target: 'libreoffice' }));
    expect(attr(lo['word/document.xml'], 'w:docGrid', 'w:type')).toBe('lines');
    expect(attr(lo['word/document.xml'], 'w:docGrid', 'w:linePitch')).toBe(attr(doc, 'w:docGrid', 'w:linePitch'));
    const condense = Number(attr(lo['word/styles.xml'], 'w:spacing', 'w:val'));
    expect(Math.floor((156 * 1440) / 25.4 / (320 + condense))).toBe(28);
  });
});
