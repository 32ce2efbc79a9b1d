import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yuqing } from '../../../test/cli.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { docxParts, pdfText } from '../testing/read-back.js';
import { createTestApp } from '../../../test/app.js';

const text = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe.each(DIALECTS)('yuqing report on a demo %s database', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-report-'));
    expect(yuqing(['demo'], t.env).status).toBe(0);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.drop();
  });

  it('writes the half-year summary of the top unit as .docx', async () => {
    const out = path.join(dir, 'x.docx');
    const r = yuqing(['report', 'summary', '--period', '2026H2', '--format', 'docx', '--out', out], t.env);
    expect(r.status, r.stderr).toBe(0);
    const body = text((await docxParts(fs.readFileSync(out)))['word/document.xml']);
    expect(body).toContain('示范区委宣传部2026年下半年网络意识形态工作总结');
    // The register is counted as it stands when drafted: the demo plants five channels below the district.
    expect(body).toContain('登记在册的网络阵地5个');
  });

  it('writes the figure tables as .xlsx for a unit named in full', async () => {
    const out = path.join(dir, 'x.xlsx');
    const r = yuqing(['report', 'summary', '--unit', '灞桥街道办事处', '--period', '2026', '--format', 'xlsx', '--out', out], t.env);
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const kinds = wb.getWorksheet('网络阵地分类统计')!;
    expect(kinds.getRow(1).values).toEqual([undefined, '类型', '数量']);
    let channels = 0;
    kinds.eachRow((row, i) => (channels += i > 1 ? Number(row.getCell(2).value) : 0));
    expect(channels).toBe(4);
    expect(wb.getWorksheet('下级单位情况汇总')!.getColumn(1).values).toEqual(expect.arrayContaining(['东风社区', '纺织城社区']));
  });

  it('writes the quarterly analysis as PDF through LibreOffice', () => {
    const out = path.join(dir, 'x.pdf');
    const r = yuqing(['report', 'analysis', '--period', '2026Q4', '--format', 'pdf', '--out', out], t.env);
    expect(r.status, r.stderr).toBe(0);
    const pdf = pdfText(fs.readFileSync(out)).replace(/\s+/g, '');
    expect(pdf).toContain('2026年第四季度网络舆情分析研判报告');
    expect(pdf).toContain('风险研判');
  }, 120_000);

  it('writes an inspection result with its open findings and their deadlines', async () => {
    const out = path.join(dir, 'i.docx');
    // The demo records one inspection of the street office, with one finding still open.
    const r = yuqing(['report', 'inspection', '--inspection', '1', '--out', out], t.env);
    expect(r.status, r.stderr).toBe(0);
    const body = text((await docxParts(fs.readFileSync(out)))['word/document.xml']);
    expect(body).toContain('灞桥街道办事处区委宣传部意识形态工作责任制落实情况督查结果通报');
    expect(body).toContain('发现问题1个，已整改销号0个，尚未销号1个。');
    expect(body).toMatch(/中心组学习记录中意识形态专题内容不够具体：请陈静于\d{4}年\d{1,2}月\d{1,2}日前整改到位/);
  });

  it('writes the flash report filed for an incident, and says when none is filed', async () => {
    const app = await createTestApp(dialect);
    try {
      const office = await app.client().login('demo_office');
      const opened = (await office.post('/api/incidents', { title: '某小区加装电梯纠纷', grade: 3, summary: '业主在短视频平台集中发帖' })).json() as { id: number; version: number };
      const none = yuqing(['report', 'flash', '--incident', String(opened.id), '--out', path.join(dir, 'f.docx')], app.db.env);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('尚未报送快报');
      const filed = await office.post(`/api/incidents/${opened.id}/flash-reports`, { version: opened.version, measures: '已安排专人回应业主诉求' });
      expect(filed.statusCode, filed.body).toBeLessThan(300);
      for (const format of ['docx', 'xlsx'] as const) {
        const out = path.join(dir, `f.${format}`);
        const r = yuqing(['report', 'flash', '--incident', String(opened.id), '--format', format, '--out', out], app.db.env);
        expect(r.status, r.stderr).toBe(0);
        expect(fs.statSync(out).size).toBeGreaterThan(1000);
      }
      const body = text((await docxParts(fs.readFileSync(path.join(dir, 'f.docx'))))['word/document.xml']);
      expect(body).toContain('某小区加装电梯纠纷');
      expect(body).toContain('已安排专人回应业主诉求');
    } finally {
      await app.close();
    }
  }, 120_000);

  it.each([
    [['report', 'inspection', '--inspection', '999', '--out', 'x'], '不存在或不在您的管辖范围内'],
    [['report', 'inspection', '--out', 'x'], '--inspection'],
    [['report', 'weekly', '--period', '2026', '--out', 'x'], '不认识的报告类型'],
    [['report', 'summary', '--period', '2026Q5', '--out', 'x'], '期间'],
    [['report', 'summary', '--period', '2026Q1', '--out', 'x'], '工作总结不能按「2026Q1」'],
    [['report', 'summary', '--period', '2026H1', '--unit', '没有这个单位', '--out', 'x'], '找不到单位「没有这个单位」'],
    [['report', 'summary', '--period', '2026H1', '--format', 'odt', '--out', 'x'], '不支持的格式「odt」'],
    [['report', 'flash', '--out', 'x'], '--incident'],
    [['report', 'flash', '--incident', '999', '--out', 'x'], '不存在或不在您的管辖范围内'],
  ])('exits 2 with a clear message: %j', (args, message) => {
    const r = yuqing(args, t.env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
