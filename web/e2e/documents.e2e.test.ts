import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, signIn, withApp } from './harness';

const SCREENSHOT = '/tmp/yuqing-documents.png';
const PROBLEM = '街道网格员群尚未实名，已责成基层科本月内完成。';

describe('web: a half-year summary drafted, edited, approved and downloaded against the real server', () => {
  let page: Page;
  let base: string;
  withApp((app) => ({ base, page } = app));

  it('drafts the summary, edits a section, approves it and downloads the .docx with the edit in it', async () => {
    await signIn(page, base, 'demo_office');
    await page.getByTestId('main-menu').getByText('文稿', { exact: true }).click();
    await page.waitForURL(/\/documents$/);
    await page.getByTestId('new-report').click();
    // The demo's records are planted today, in the second half of 2026.
    await page.getByTestId('new-report-period').fill('2026H2');
    await page.getByTestId('new-report-ok').click();
    await page.waitForURL(/\/documents\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await eventually(() => page.getByTestId('report-title').textContent()).toBe('灞桥街道办事处2026年下半年网络意识形态工作总结');
    // The figure tables come from the records: the street office's four channels, read-only.
    expect(await page.getByTestId('section-channels').textContent()).toContain('登记在册的网络阵地4个');
    expect(await page.getByTestId('section-channels').locator('textarea').count()).toBe(1);

    await page.getByTestId('section-text-problems').fill(PROBLEM);
    await page.getByTestId('save-report').click();
    await eventually(() => page.getByTestId('report-status').first().textContent()).toBe('已修改');
    // The office drafts; only the leader approves.
    expect(await page.getByTestId('approve-report').count()).toBe(0);

    await signIn(page, base, 'demo_shuji');
    await page.goto(`${base}/documents/${id}`);
    await page.getByTestId('approve-report').click();
    await eventually(() => page.getByTestId('report-status').first().textContent()).toBe('已审批');
    const detail = (await (await page.request.get(`${base}/api/reports/${id}`)).json()) as { approved: boolean; approverName: string; sections: { key: string; text: string }[] };
    expect(detail).toMatchObject({ approved: true, approverName: '李明华' });
    expect(detail.sections.find((s) => s.key === 'problems')?.text).toBe(PROBLEM);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toBe('灞桥街道办事处2026年下半年网络意识形态工作总结.docx');
    const file = fs.readFileSync((await download.path())!);
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    expect(xml).toContain(PROBLEM);
    expect(xml).toContain('存在的问题');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }, 120_000);
});
