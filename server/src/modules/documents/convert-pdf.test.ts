import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../core/xlsx.js';
import { findSoffice, PdfConversionError, PdfConverter } from './convert-pdf.js';
import type { DocumentSpec } from './document-spec.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';
import { sampleDocument } from './sample-document.js';
import { pdfFonts, pdfPageCount, pdfText, pdfWords, savePagePng } from './testing/read-back.js';

const soffice = findSoffice();
if (!soffice) throw new Error('LibreOffice (soffice) is needed for these tests: apt-get install libreoffice-writer-nogui');
const converter = new PdfConverter({ soffice, timeoutMs: 60_000 });

describe('PDF through LibreOffice', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(sampleDocument(3), converter);
  }, 60_000);

  it('converts the whole document, page numbers outside on each page', () => {
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const expected of ['秘密★1年', '灞桥街道办事处文件', '灞街发〔2026〕6号', '灞桥街道2026年网络意识形态工作总结', '一、总体情况', '（一）压实工作责任', '三、第3部分工作情况', '2026年11月29日', '抄送：区委网信办，街道各科室。', '网络舆情形势，及时回应'])
      expect(text).toContain(expected);
    // A4 in points; the type area ends 35 mm above the bottom edge, the page number 7 mm below it.
    const [width, typeAreaBottom, mm] = [595.3, 841.89 - (35 * 72) / 25.4, 72 / 25.4];
    for (let page = 1; page <= pages; page++) {
      const number = pdfWords(pdf, page).find((w) => w.text === String(page) && w.yMin > typeAreaBottom);
      expect(number, `page ${page} number`).toBeDefined();
      expect(Math.abs(number!.yMin - (typeAreaBottom + 7 * mm))).toBeLessThan(6);
      // Odd pages right, even pages left.
      if (page % 2) expect(number!.xMin).toBeGreaterThan(width / 2);
      else expect(number!.xMax).toBeLessThan(width / 2);
      expect(pdfText(pdf, page)).toMatch(new RegExp(`—\\s*${page}\\s*—`));
    }
    // 版记 at the foot of the last page.
    const printed = pdfWords(pdf, pages).find((w) => w.text.includes('印发'));
    expect(printed).toBeDefined();
    // Its line (28.95 pt) is the last of the type area.
    expect(typeAreaBottom - printed!.yMin).toBeLessThan(40);
    savePagePng(pdf, pages, 'sample-last-page');
    savePagePng(pdf, 1, 'sample-page-1');
    savePagePng(pdf, 2, 'sample-page-2');
  });

  it('falls back to Noto CJK for the official fonts this machine lacks', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/);
    // The title's 方正小标宋简体 falls back to the bold face.
    expect(fonts).toMatch(/NotoSerifCJK\w*-Bold/);
  });

  it.each([
    [22, 26, 1],
    [23, 26, 2],
    [11, 27, 1],
    [12, 27, 2],
  ])('puts 28 characters on a line and 22 lines on a page: %i paragraphs of 2 + %i characters → %i page(s)', async (count, length, pages) => {
    const text = '网络意识形态工作责任制落实情况良好各项任务按期完成并且持续'.slice(0, length);
    expect([...text]).toHaveLength(length);
    const spec: DocumentSpec = { title: '', body: Array.from({ length: count }, () => ({ kind: 'paragraph' as const, text })) };
    expect(pdfPageCount(await renderPdf(spec, converter))).toBe(pages);
  }, 60_000);
});

describe('an .xlsx list through LibreOffice', () => {
  it('shows the Chinese headers and the dates in Beijing time', async () => {
    const xlsx = await writeXlsx(
      '事件清单',
      [
        { header: '事件名称', width: 30, value: (r: { name: string; at: string }) => r.name },
        { header: '发现时间', width: 18, value: (r) => r.at, date: true },
      ],
      [{ name: '某小区停水引发讨论', at: '2026-03-05T23:30:00.000Z' }],
    );
    const text = pdfText(await converter.convert(xlsx, 'xlsx'));
    expect(text).toMatch(/事件名称\s+发现时间/);
    expect(text).toMatch(/某小区停水引发讨论\s+2026-03-06 07:30/);
  }, 60_000);

  it('prints a wide, long list across A4 with every column on the page and the header on every page', async () => {
    const headers = ['序号', '单位', '阵地类型', '名称', '用途', '主管科室', '负责人', '管理员', '成员数', '链接或账号', '最近巡查', '状态'];
    const xlsx = await writeXlsx(
      '阵地登记',
      headers.map((header, c) => ({ header, width: c === 9 ? 30 : 14, value: (r: number) => (c === 0 ? r : `${header}${r}`) })),
      Array.from({ length: 150 }, (_, i) => i + 1),
    );
    const pdf = await converter.convert(xlsx, 'xlsx');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    for (const page of [1, pages]) {
      const words = pdfWords(pdf, page);
      expect(words.find((w) => w.text === '状态')).toBeDefined();
      // Landscape: wider than high.
      expect(Math.max(...words.map((w) => w.xMax))).toBeGreaterThan(600);
    }
    expect(pdfText(pdf, pages)).toContain('状态150');
  }, 60_000);
});

describe('PdfConverter failures', () => {
  let dir: string;
  const docx = () => renderDocx({ title: '测试', body: [] });
  /** A stand-in for soffice: `behaviour` runs as shell with $OUT (the output folder) and $N (the attempt number). */
  function fakeSoffice(name: string, behaviour: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(
      file,
      `#!/bin/sh\nCOUNT=${dir}/${name}.count\nN=$(( $(cat $COUNT 2>/dev/null || echo 0) + 1 ))\necho $N > $COUNT\n` +
        `while [ $# -gt 0 ]; do [ "$1" = --outdir ] && OUT=$2; shift; done\n${behaviour}\n`,
      { mode: 0o755 },
    );
    return file;
  }
  const attempts = (name: string) => Number(fs.readFileSync(path.join(dir, `${name}.count`), 'utf8'));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-fake-soffice-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the missing program', async () => {
    expect(findSoffice({ PATH: dir, YUQING_SOFFICE: path.join(dir, 'none') })).toBeNull();
    const err = await new PdfConverter({ soffice: path.join(dir, 'none') }).convert(await docx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfConversionError);
    expect((err as PdfConversionError).code).toBe('converter_missing');
    expect((err as Error).message).toContain('LibreOffice (soffice)');
  });

  it('retries a failed conversion once, then reports the converter\'s reason', async () => {
    const program = fakeSoffice('fails', 'echo "Error: source file could not be loaded" >&2; exit 1');
    const err = await new PdfConverter({ soffice: program }).convert(await docx()).catch((e: unknown) => e);
    expect((err as PdfConversionError).code).toBe('conversion_failed');
    expect((err as Error).message).toContain('Error: source file could not be loaded');
    expect(attempts('fails')).toBe(2);
  });

  it('succeeds when the retry does', async () => {
    const program = fakeSoffice('flaky', '[ $N -eq 1 ] && exit 81\nprintf "%%PDF-1.4 retried" > "$OUT/document.pdf"');
    const pdf = await new PdfConverter({ soffice: program }).convert(await docx());
    expect(pdf.toString()).toBe('%PDF-1.4 retried');
    expect(attempts('flaky')).toBe(2);
  });

  it('ends a conversion past its time limit, with its child processes', async () => {
    const pidFile = path.join(dir, 'sleeper.pid');
    const program = fakeSoffice('hangs', `sleep 30 & echo $! > ${pidFile}; wait`);
    const started = Date.now();
    const err = await new PdfConverter({ soffice: program, timeoutMs: 500, retries: 0 }).convert(await docx()).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((err as Error).message).toMatch(/超过 1 秒未完成|timed out/);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    // Killed processes linger a moment until they are reaped.
    await expect.poll(() => fs.existsSync(`/proc/${child}`) && !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${child}/status`, 'utf8')), { timeout: 3_000 }).toBe(false);
  });

  it('runs conversions one at a time, in the order they came', async () => {
    const log = path.join(dir, 'queue.log');
    const program = fakeSoffice('slow', `echo "start $$" >> ${log}; sleep 0.3; echo "end $$" >> ${log}; printf "%%PDF-1.4" > "$OUT/document.pdf"`);
    const queue = new PdfConverter({ soffice: program });
    const file = await docx();
    const runs = [queue.convert(file), queue.convert(file), queue.convert(file)];
    expect(queue.queued).toBe(2);
    await Promise.all(runs);
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });
});
