import { Resvg } from '@resvg/resvg-js';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { findSoffice, PdfConverter } from './convert-pdf.js';
import type { DocumentSpec } from './document-spec.js';
import { MAX_IMAGE_PIXELS_WIDE, pngInfo } from './raster.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';
import { docxMedia, docxParts, paragraphs, pdfPageCount, pdfText } from './testing/read-back.js';

const converter = new PdfConverter({ soffice: findSoffice() ?? undefined, timeoutMs: 90_000 });

/** A PNG signature and header claiming a size, with no picture behind it. */
function claimsToBe(width: number, height: number): Buffer {
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  png.writeUInt32BE(13, 8);
  png.write('IHDR', 12, 'latin1');
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.set([8, 6, 0, 0, 0], 24);
  return png;
}

async function wellFormed(spec: DocumentSpec) {
  const docx = await renderDocx(spec);
  const parts = await docxParts(docx);
  for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), name).toBe(true);
  return { docx, parts, doc: parts['word/document.xml'] };
}

describe('bad input still makes a valid document', () => {
  it('an empty body and an empty title: one page, page number and all', async () => {
    const spec: DocumentSpec = { title: '   ', body: [] };
    await wellFormed(spec);
    const pdf = await renderPdf(spec, converter);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfText(pdf)).toMatch(/—\s*1\s*—/);
  }, 60_000);

  it('characters outside the fonts, markup and control characters', async () => {
    const odd = '生僻字𠀀𪚥，表情😀，<b>标记</b> & "引号"\u0001\u0008\uFFFF\uD800末尾';
    const spec: DocumentSpec = {
      title: `标题${odd}`,
      docNumber: '某发〔2026〕\u00006号',
      body: [
        { kind: 'heading', level: 1, text: odd },
        { kind: 'paragraph', text: odd },
        { kind: 'table', columns: [odd], rows: [[odd]] },
        { kind: 'chart', chart: { type: 'bar', categories: [odd], series: [{ name: odd, values: [1] }] } },
      ],
    };
    const { doc } = await wellFormed(spec);
    expect(paragraphs(doc).find((p) => p.text.startsWith('一、'))!.text).toBe('一、生僻字𠀀𪚥，表情😀，&lt;b&gt;标记&lt;/b&gt; &amp; &quot;引号&quot;末尾');
    const text = pdfText(await renderPdf(spec, converter)).replace(/\s+/g, '');
    expect(text).toContain('<b>标记</b>&"引号"末尾');
    expect(text).toContain('某发〔2026〕6号');
  }, 60_000);

  it('a very long table runs over many pages with its header row on each', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`第${i + 1}号事件`, '灞桥街道某社区网格员反映的情况'.repeat((i % 3) + 1), i * 7, '2026-06-01']);
    const spec: DocumentSpec = { title: '长表格', body: [{ kind: 'table', caption: '事件清单', columns: ['编号', '摘要', '数量', '日期'], rows }] };
    const { doc } = await wellFormed(spec);
    expect(doc.match(/<w:tr>/g)).toHaveLength(601);
    const pdf = await renderPdf(spec, converter);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(15);
    const last = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdfText(pdf, p).replace(/\s+/g, '').includes('第600号事件'))!;
    expect(last).toBeGreaterThan(15);
    for (const page of [2, Math.floor(last / 2), last]) expect(pdfText(pdf, page).replace(/\s+/g, '')).toMatch(/^编号摘要数量日期/);
  }, 90_000);

  it('ragged rows, missing cells and a table without rows', async () => {
    const spec: DocumentSpec = {
      title: '表格',
      body: [
        { kind: 'table', columns: ['甲', '乙'], rows: [['1'], ['1', '2', '3'], [null as unknown as string, 4]] },
        { kind: 'table', columns: ['单位', '事件数'], rows: [] },
        { kind: 'table', columns: [], rows: [] },
      ],
    };
    const { doc } = await wellFormed(spec);
    expect(doc).toContain('（无数据）');
    expect(pdfText(await renderPdf(spec, converter))).toContain('（无数据）');
  }, 60_000);

  it('a huge picture is scaled down to the type area; unreadable bytes become a note', async () => {
    const huge = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="6000" height="9000"><rect width="6000" height="9000" fill="#c23531"/><circle cx="3000" cy="4500" r="2000" fill="#fff"/></svg>').render().asPng();
    expect(pngInfo(huge)).toEqual({ width: 6000, height: 9000 });
    const spec: DocumentSpec = {
      title: '图片',
      body: [
        { kind: 'image', png: huge, widthMm: 900, caption: '大图' },
        { kind: 'image', png: Buffer.from('not a picture at all'), caption: '坏图' },
        { kind: 'image', png: claimsToBe(100_000, 100_000), caption: '虚报尺寸' },
      ],
    };
    const { docx, doc } = await wellFormed(spec);
    const [media] = await docxMedia(docx);
    expect(pngInfo(media)!.width).toBe(MAX_IMAGE_PIXELS_WIDE);
    const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc)!.slice(1).map(Number);
    // EMU: at most 156 mm wide and 190 mm high, aspect kept.
    expect(cx).toBeLessThanOrEqual(156 * 36_000);
    expect(cy).toBeLessThanOrEqual(190 * 36_000);
    expect(cy / cx).toBeCloseTo(1.5, 2);
    expect(doc.match(/（图片无法读取）/g)).toHaveLength(2);
    const pdf = await renderPdf(spec, converter);
    expect(pdfText(pdf)).toContain('坏图');
  }, 60_000);

  it('charts with no data, NaN, negative values and a pie of zeros', async () => {
    const spec: DocumentSpec = {
      title: '图表',
      body: [
        { kind: 'chart', chart: { type: 'bar', categories: [], series: [] } },
        { kind: 'chart', chart: { type: 'line', categories: ['一', '二', '三'], series: [{ name: '甲', values: [NaN, -5, Infinity] }] } },
        { kind: 'chart', chart: { type: 'pie', categories: ['一', '二'], series: [{ name: '甲', values: [0, 0] }] } },
        { kind: 'chart', chart: { type: 'bar', categories: Array.from({ length: 40 }, (_, i) => `第${i + 1}个社区名称很长`), series: [{ name: '甲', values: Array.from({ length: 40 }, (_, i) => i) }] } },
      ],
    };
    const { docx } = await wellFormed(spec);
    const media = await docxMedia(docx);
    expect(media).toHaveLength(4);
    for (const png of media) expect(pngInfo(png)).toEqual({ width: 1248, height: 720 });
  });

  it('a paragraph of 30,000 characters and a heading typed with its own number', async () => {
    const spec: DocumentSpec = { title: '长文', body: [{ kind: 'heading', level: 1, text: '三、  总体\n情况' }, { kind: 'paragraph', text: '舆情'.repeat(15_000) }] };
    const { doc } = await wellFormed(spec);
    expect(paragraphs(doc).find((p) => p.props.includes('outlineLvl'))!.text).toBe('一、总体 情况');
    // 30,000 characters at 28 a line and 22 lines a page.
    expect(pdfPageCount(await renderPdf(spec, converter))).toBe(Math.ceil((30_000 + 2) / 28 / 22) + 0);
  }, 90_000);
});
