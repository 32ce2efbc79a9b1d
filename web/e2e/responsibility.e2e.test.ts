import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, eventually, signIn, withApp } from './harness';

const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('web: a street office’s responsibility plan moved by a recorded study session', () => {
  let page: Page;
  let base: string;
  withApp((app) => ({ base, page } = app));

  it('instantiates a plan, records a central-group study session, and sees the quota and the task move; the task list goes out to .xlsx and back', async () => {
    const today = beijingToday();
    const monthKey = today.slice(0, 7);
    await signIn(page, base, 'demo_office');
    const menu = page.getByTestId('main-menu');
    await eventually(() => menu.textContent()).toContain('意识形态责任制');
    await menu.getByText('工作方案', { exact: true }).click();
    await page.waitForURL(/\/responsibility\/plans$/);

    // From the 篇一 template, its departments matched to the street office's by name.
    await page.getByTestId('create-plan').click();
    await choose(page, page.getByTestId('template-select'), '街道党工委意识形态工作责任制实施方案（篇一）');
    const form = page.getByTestId('create-plan-form');
    await eventually(() => form.textContent()).toContain('为民服务大厅');
    await page.getByTestId('create-plan-form-ok').click();
    await page.waitForURL(/\/responsibility\/plans\/\d+$/);
    const planId = Number(new URL(page.url()).pathname.split('/').pop());
    const studyTask = page.getByTestId('task-2');
    await eventually(() => page.getByTestId('task-table').textContent()).toContain('强化党员干部的学习教育培训');
    expect(await page.getByTestId('task-table').textContent()).toContain('篇一（二）');
    const occurrence = studyTask.getByTestId(`occ-${monthKey}`);
    expect(await occurrence.getAttribute('data-state')).not.toBe('done');

    // A central-group study session today, one member away with a reason.
    await page.goto(`${base}/responsibility/meetings`);
    const held = page.getByTestId('quota-held-central_study');
    await eventually(() => held.count()).toBe(1);
    const before = Number(await held.textContent());
    await page.getByTestId('record-meeting').click();
    const meetingForm = page.getByTestId('meeting-form');
    const title = '党工委理论学习中心组集中学习（网络意识形态专题）';
    await page.getByTestId('meeting-title').fill(title);
    const away = meetingForm.locator('tr', { hasText: '黄海' });
    await away.locator('input[type="checkbox"]').uncheck();
    await away.getByTestId('absence-reason').fill('参加区经济工作会议');
    await page.getByTestId('meeting-form-ok').click();
    await eventually(async () => Number(await held.textContent())).toBe(before + 1);
    await eventually(() => page.getByTestId('meeting-table').locator('tr', { hasText: title }).textContent()).toContain('缺席 1 人');
    const { meetings } = (await (await page.request.get(`${base}/api/responsibility/meetings`)).json()) as { meetings: { id: number; title: string }[] };
    const detail = await (await page.request.get(`${base}/api/responsibility/meetings/${meetings.find((m) => m.title === title)!.id}`)).json();
    expect(detail.attendance.find((a: { name: string }) => a.name === '黄海')).toMatchObject({ present: false, absenceReason: '参加区经济工作会议' });
    await page.getByTestId('meeting-table').locator('tr', { hasText: title }).locator('.ant-table-row-expand-icon').click();
    await eventually(() => page.getByTestId('meeting-table').textContent()).toContain('黄海（参加区经济工作会议）');

    // The monthly study task of the new plan completed itself.
    await page.goto(`${base}/responsibility/plans/${planId}`);
    await eventually(() => page.getByTestId('task-2').getByTestId(`occ-${monthKey}`).getAttribute('data-state')).toBe('done');

    // The task list in the offices' layout, read back from the downloaded file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-tasks').click()]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '工作任务', '牵头单位', '责任单位', '责任领导', '完成时限', '完成情况']);
    const row = ws.getRow(3);
    expect(String(row.getCell(2).value)).toContain('强化党员干部的学习教育培训');
    expect(row.getCell(3).value).toBe('党政办、基层科');
    expect(row.getCell(6).value).toBe('每月');
    expect(String(row.getCell(7).value)).toMatch(/^已完成 [1-9]\d*\/12/);
    expect(ws.rowCount).toBe(11);
    // The same file read back by the import's dry run: every task previews, and nothing is stored without a confirm.
    await page.getByTestId('import-tasks').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await eventually(() => page.getByTestId('import-preview').textContent()).toContain('强化党员干部的学习教育培训');
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(false);
    await page.locator('.ant-modal-close').click();

    // The unit edits the result: a task of its own, completed by a quarterly analysis meeting.
    await page.getByTestId('add-task').click();
    await page.getByTestId('task-title').fill('开展网络舆情季度分析研判');
    await choose(page, page.getByTestId('task-evidence'), '召开会议');
    await choose(page, page.getByTestId('task-meeting-kind'), '分析研判会');
    await page.getByTestId('task-form-ok').click();
    await eventually(() => page.getByTestId('task-11').locator('[data-state]').count()).toBe(4);
    expect(await page.getByTestId('task-table').textContent()).toContain('分析研判会');

    // A progress note on the first task.
    await page.getByTestId('task-table').locator('.ant-table-row-expand-icon').first().click();
    await page.getByTestId('task-note-text').fill('已召开党工委会议传达学习上级部署');
    await page.getByTestId('task-note-add').click();
    await eventually(() => page.getByTestId('task-table').textContent()).toContain('已召开党工委会议传达学习上级部署');

    // The overview's figure counts the session and opens the meetings behind it.
    await page.goto(`${base}/responsibility/overview`);
    const figure = page.getByTestId('figure-central-study');
    await eventually(() => figure.textContent()).toContain(String(before + 1));
    await figure.click();
    await page.waitForURL(/\/responsibility\/meetings\?.*kind=central_study/);
    await eventually(() => page.getByTestId('meeting-table').textContent()).toContain(title);
  }, 120_000);

  it('runs the network-security self-check and lists the failed item as a rectification', async () => {
    await page.goto(`${base}/responsibility/inspections`);
    await page.getByTestId('self-check').click();
    const form = page.getByTestId('self-check-form');
    await eventually(() => form.textContent()).toContain('内外网隔离');
    await form.locator('label', { hasText: '符合' }).nth(1).click();
    await page.getByTestId('self-check-form-ok').click();
    await eventually(() => page.getByTestId('rectification-table').textContent()).toContain('保密工作承诺书');
    for (const path of ['risks', 'assessment', 'calendar', 'tasks']) {
      await page.goto(`${base}/responsibility/${path}`);
      await eventually(() => page.locator('.ant-card-head-title').first().textContent()).not.toBe('');
    }
    // Analysis reports have one home, the documents module: no menu entry of their own, and the on-time figure opens 收文.
    expect(await page.getByTestId('main-menu').textContent()).not.toContain('分析研判报告');
    await page.goto(`${base}/responsibility/overview`);
    const children = page.getByTestId('overview-children');
    await eventually(() => children.textContent()).toContain('东风社区');
    await children.locator('tr', { hasText: '东风社区' }).getByTestId('reports-on-time').click();
    await page.waitForURL(/\/documents\/received$/);
    await eventually(() => page.getByTestId('received-table').count()).toBe(1);
  }, 60_000);
});
