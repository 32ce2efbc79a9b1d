import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBeijingDate, readXlsx, writeXlsx, XlsxError } from './xlsx.js';

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
