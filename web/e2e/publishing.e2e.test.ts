import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, eventually, signIn, withApp } from './harness';

const SCREENSHOT = '/tmp/yuqing-publishing.png';
/** A valid resident ID (check digit X) from GB 11643's own example range, planted where it must not be published. */
const PLANTED_ID = '11010519491231002X';
const TITLE = '关于开展冬季防火宣传的通知';
/** The seed documents' own slip: the thought's name without 中国. */
const BODY = `为深入学习贯彻习近平新时代特色社会主义思想，各社区要认真做好冬季防火宣传。联系人身份证号${PLANTED_ID}，请各社区及时对接。`;

interface Detail {
  status: string;
  body: string;
  contentHash: string;
  findings: unknown[];
  approvals: { step: string; decision: string; approverName: string; voided: boolean; contentHash: string }[];
  records: { url: string | null; contentHash: string }[];
}

describe('web: channels and pre-publication review against the real server', () => {
  let page: Page;
  let base: string;
  withApp((app) => ({ base, page } = app));

  const openMenu = async (entry: string) => {
    await page.getByTestId('main-menu').getByText(entry, { exact: true }).click();
  };
  const marks = (rule: string) => page.getByTestId('marked-text').locator(`mark[data-rule~="${rule}"]`).count();
  const status = () => page.getByTestId('publication-status').first().textContent();

  it('registers a work group, then takes a draft through the checks, 审核, 审批 and publication', async () => {
    // The group office registers the street office's work group (将工作群进行登记管理).
    await signIn(page, base, 'demo_office');
    const menu = page.getByTestId('main-menu');
    await eventually(() => menu.textContent()).toContain('阵地与发布');
    // The group office writes and registers but takes no step of the approval chain.
    expect(await menu.textContent()).not.toContain('待我审批');
    await openMenu('阵地登记');
    await page.waitForURL(/\/channels$/);
    await eventually(() => page.getByTestId('channel-table').textContent()).toContain('灞桥街道综治工作群');

    const group = `灞桥街道防汛工作群-${Date.now().toString(36)}`;
    await page.getByTestId('add-channel').click();
    await choose(page, page.getByTestId('channel-kind'), '微信工作群');
    await page.getByTestId('channel-name').fill(group);
    await page.getByTestId('channel-members').fill('36');
    await page.getByTestId('channel-real-name').click();
    await page.getByTestId('channel-form-ok').click();
    const row = page.getByTestId('channel-table').locator('tr', { hasText: group });
    await eventually(() => row.textContent()).toContain('微信工作群');
    // Registered today and never reviewed: it needs attention until its first review.
    expect(await row.textContent()).toContain('尚未巡查');
    expect(await row.getByTestId('health-warn').count()).toBe(1);

    const { channels } = (await (await page.request.get(`${base}/api/channels`)).json()) as {
      channels: { name: string; kind: string; unitName: string; memberCount: number; realNameVerified: boolean }[];
    };
    expect(channels.find((c) => c.name === group)).toMatchObject({ kind: 'wechat_group', unitName: '灞桥街道办事处', memberCount: 36, realNameVerified: true });

    // A draft for the street office's WeChat official account, with a planted ID and a wrong formulation.
    await openMenu('稿件审核');
    await page.getByTestId('add-draft').click();
    await choose(page, page.getByTestId('draft-channel'), '灞桥街道办事处（微信公众号）');
    await page.getByTestId('draft-form-title').fill(TITLE);
    await page.getByTestId('draft-form-body').fill(BODY);
    await page.getByTestId('draft-form-ok').click();
    await page.waitForURL(/\/publishing\/drafts\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());

    // Both findings are marked in the text and listed beside it; the draft cannot go to review yet.
    await eventually(() => marks('resident_id')).toBe(1);
    expect(await marks('formulation')).toBe(1);
    expect(await page.getByTestId('finding-resident_id').textContent()).toContain('1101**********002X');
    expect(await page.getByTestId('submit-draft').isDisabled()).toBe(true);

    // The wrong formulation is fixed with the suggestion, the ID by editing the text.
    await page.getByTestId('finding-formulation').getByTestId('finding-replace').click();
    await eventually(() => marks('formulation')).toBe(0);
    expect(await page.getByTestId('marked-text').textContent()).toContain('习近平新时代中国特色社会主义思想');
    await page.getByTestId('edit-draft').click();
    const body = await page.getByTestId('draft-body').inputValue();
    await page.getByTestId('draft-body').fill(body.replace(`联系人身份证号${PLANTED_ID}`, '联系人：街道党政办'));
    await page.getByTestId('editor-save').click();
    await eventually(() => page.getByTestId('no-findings').count()).toBe(1);
    expect(await marks('resident_id')).toBe(0);

    await page.getByTestId('submit-draft').click();
    await eventually(status).toBe('审核中');

    // 审核 by the leader in charge, from the inbox, after reading the text.
    await signIn(page, base, 'demo_fenguan');
    await openMenu('待我审批');
    await eventually(() => page.getByTestId('inbox-list').textContent()).toContain(TITLE);
    await eventually(() => page.getByTestId('inbox-item').getByTestId('marked-text').textContent()).toContain('联系人：街道党政办');
    await page.getByTestId('decision-comment').fill('同意，请主要领导审批');
    await page.getByTestId('decision-approve').click();
    await eventually(() => page.getByTestId('inbox-list').textContent()).toContain('没有待您审核或审批的稿件');

    // 审批 by the first responsible person.
    await signIn(page, base, 'demo_shuji');
    await openMenu('待我审批');
    await eventually(() => page.getByTestId('inbox-list').textContent()).toContain(TITLE);
    await eventually(() => page.getByTestId('approval-history').textContent()).toContain('王建国');
    await page.getByTestId('decision-approve').click();
    await eventually(() => page.getByTestId('inbox-list').textContent()).toContain('没有待您审核或审批的稿件');

    // Back at the office: record where it went out.
    await signIn(page, base, 'demo_office');
    await openMenu('稿件审核');
    await page.getByTestId('draft-table').getByText(TITLE).click();
    await eventually(status).toBe('已审批');
    const url = 'https://mp.weixin.qq.com/s/bq-winter-fire-2026';
    await page.getByTestId('record-publication').click();
    await page.getByTestId('record-url').fill(url);
    await page.getByTestId('record-form-ok').click();
    await eventually(status).toBe('已发布');
    expect(await page.getByTestId('record-list').textContent()).toContain(url);
    expect(await page.getByTestId('approval-history').getByTestId('approval').count()).toBe(2);

    // Stored, not just drawn: both steps approved this very text, and the record keeps its hash.
    const d = (await (await page.request.get(`${base}/api/publications/${id}`)).json()) as Detail;
    expect(d.status).toBe('published');
    expect(d.body).not.toContain(PLANTED_ID);
    expect(d.findings).toEqual([]);
    expect(d.approvals.map((a) => [a.step, a.decision, a.approverName, a.voided])).toEqual([
      ['review', 'approved', '王建国', false],
      ['approve', 'approved', '李明华', false],
    ]);
    expect(d.approvals.every((a) => a.contentHash === d.contentHash)).toBe(true);
    expect(d.records).toEqual([expect.objectContaining({ url, contentHash: d.contentHash })]);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  }, 120_000);

  it('imports a register sheet only once its dry run shows no problem', async () => {
    const name = `灞桥街道禁毒宣传群-${Date.now().toString(36)}`;
    const sheet = async (file: string, rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('阵地登记').addRows([['阵地类型', '名称'], ...rows]);
      await wb.xlsx.writeFile(file);
      return file;
    };
    await signIn(page, base, 'demo_office');
    await page.goto(`${base}/channels`);
    await page.getByTestId('import-channels').click();
    const input = page.locator('.ant-modal input[type=file]');

    await input.setInputFiles(await sheet('/tmp/yuqing-e2e-register-bad.xlsx', [['微信工作群', name], ['传真机', '街道值班传真']]));
    await eventually(() => page.getByTestId('import-problems').textContent()).toContain('传真机');
    expect(await page.getByTestId('import-preview').textContent()).toContain(name);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);

    await input.setInputFiles(await sheet('/tmp/yuqing-e2e-register-good.xlsx', [['微信工作群', name]]));
    // The second dry run is under way until the confirm button wakes.
    await eventually(() => page.getByTestId('import-confirm').isDisabled()).toBe(false);
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await page.getByTestId('import-preview').textContent()).toContain(name);
    await page.getByTestId('import-confirm').click();
    await eventually(() => page.getByTestId('channel-table').locator('tr', { hasText: name }).textContent()).toContain('微信工作群');
  }, 60_000);
});
