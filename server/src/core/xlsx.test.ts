import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBeijingDate, readXlsx, writeXlsx, XlsxError, xlsxDownloadHeaders, type XlsxColumn } from './xlsx.js';

describe('parseBeijingDate', () => {
  it.each([
    ['2026-03-05', '2026-03-04T16:00:00.000Z'],
    ['2026/3/5', '2026-03-04T16:00:00.000Z'],
    ['2026年3月5日', '2026-03-04T16:00:00.000Z'],
    ['2026-03-05 14:30', '2026-03-05T06:30:00.000Z'],
    ['2026-03-05 14:30:15', '2026-03-05T06:30:15.000Z'],
    ['2026-02-30', null],
    ['3月底', null],
    ['', null],
  ])('%s → %s', (text, iso) => expect(parseBeijingDate(text)).toBe(iso));
});

describe('xlsx round trip', () => {
  it('writes Chinese headers, a frozen header row and real dates, and reads them back', async () => {
    const buf = await writeXlsx('阵地', [
      { header: '名称', width: 20, value: (r: { name: string; at: string }) => r.name },
      { header: '最近更新', width: 18, value: (r) => r.at, date: true },
    ], [{ name: '灞桥街道公众号', at: '2026-03-05T06:30:00.000Z' }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B2').value).toBeInstanceOf(Date);
    const rows = await readXlsx(buf, ['名称', '最近更新']);
    expect(rows).toEqual([{ row: 2, values: { 名称: '灞桥街道公众号', 最近更新: '2026-03-05 14:30:00' } }]);
    expect(parseBeijingDate(rows[0].values['最近更新'])).toBe('2026-03-05T06:30:00.000Z');
  });

  it('refuses merged header cells and missing headers by name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['名称', '', '类型']);
    ws.mergeCells('A1:B1');
    const merged = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(readXlsx(merged, ['名称'])).rejects.toThrow(/合并单元格/);
    const plain = await writeXlsx('s', [{ header: '名称', width: 10, value: () => 'x' }], [{}]);
    await expect(readXlsx(plain, ['名称', '类型'])).rejects.toThrow('缺少表头：类型');
    await expect(readXlsx(Buffer.from('not a zip'), ['名称'])).rejects.toBeInstanceOf(XlsxError);
  });
});

describe('list export', () => {
  type Row = { name: string; at: string | null; day: string; count: number; note: string };
  const columns: XlsxColumn<Row>[] = [
    { header: '名称', width: 24, value: (r) => r.name },
    { header: '发现时间', width: 18, value: (r) => r.at, date: true },
    { header: '日期', width: 12, value: (r) => r.day, date: 'date' },
    { header: '数量', width: 8, value: (r) => r.count },
    { header: '备注', width: 30, value: (r) => r.note },
  ];
  const rows: Row[] = [
    // 23:30 UTC is already the next day in Beijing.
    { name: '灞桥街道公众号', at: '2026-03-05T23:30:00.000Z', day: '2026-03-05', count: 3, note: '含控制字符\u0001的备注' },
    { name: '不是日期', at: null, day: '三月底', count: 0, note: 'x'.repeat(40_000) },
  ];

  it('writes Chinese headers, widths, a frozen filtered header row and real Beijing dates', async () => {
    const buf = await writeXlsx('舆情/事件:清单[2026]*?很长很长很长很长很长很长很长很长很长', columns, rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toHaveLength(31);
    expect(ws.name).not.toMatch(/[[\]:*?/\\]/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getRow(1).values).toEqual([undefined, '名称', '发现时间', '日期', '数量', '备注']);
    expect(ws.getRow(1).font).toMatchObject({ bold: true });
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([24, 18, 12, 8, 30]);
    expect(ws.getCell('B2').value).toEqual(new Date('2026-03-06T07:30:00.000Z'));
    expect(ws.getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('C2').value).toEqual(new Date('2026-03-05T00:00:00.000Z'));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D2').value).toBe(3);
    expect(ws.getCell('E2').value).toBe('含控制字符的备注');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('C3').value).toBe('三月底');
    expect(String(ws.getCell('E3').value)).toHaveLength(32_767);
  });

  it('names the download in Chinese with an ASCII fallback', () => {
    const headers = xlsxDownloadHeaders('阵地登记');
    expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers['content-disposition']).toBe(`attachment; filename="____.xlsx"; filename*=UTF-8''${encodeURIComponent('阵地登记.xlsx')}`);
  });
});
