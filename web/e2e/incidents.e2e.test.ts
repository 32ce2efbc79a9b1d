import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, signIn, withApp } from './harness';

/** Screens left for a person to look at after the run. */
const SHOTS = '/tmp/yuqing-incidents';
const EVENT_TITLE = '灞桥街道拆迁补偿引发网民质疑';
const STATEMENT = '关于拆迁补偿问题的情况说明\n经核实，补偿标准已于10月在各社区公示。\n咨询电话：街道征收办。';

describe('web: an incident from a graded event to the review, with the leader and the superior in their own browsers', () => {
  let page: Page;
  let base: string;
  let browser: Browser;

  withApp((app) => ({ base, page } = app));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });

  afterAll(() => browser?.close());

  const tab = (p: Page, name: string) => p.getByRole('tab', { name, exact: true }).click();
  const state = (p: Page) => p.getByTestId('incident-steps').getAttribute('data-state');

  it('runs the seven steps across three accounts', async () => {
    // The group office opens the incident from the graded event in one click.
    await signIn(page, base, 'demo_office');
    await page.goto(`${base}/incidents`);
    await page.getByTestId('new-incident').click();
    const candidate = page.getByTestId('candidate-events').locator('.ant-list-item', { hasText: EVENT_TITLE });
    await candidate.getByRole('button').click();
    await page.waitForURL(/\/incidents\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await eventually(() => page.getByTestId('incident-title').textContent()).toBe(EVENT_TITLE);
    expect(await page.getByTestId('grade-tag').first().textContent()).toContain('III级');
    expect(await page.getByTestId('deadlines').textContent()).toContain('正面回复');

    await page.getByTestId('move-monitoring').click();
    await eventually(() => state(page)).toBe('monitoring');
    await tab(page, '快报');
    await page.getByTestId('report-measures').fill('已安排专人监测，联系征收办核实补偿标准。');
    await page.getByTestId('report-file').click();
    await eventually(() => state(page)).toBe('reported');
    await eventually(() => page.getByTestId('report-recipients').textContent()).toContain('示范区委宣传部');
    const href = await page.getByTestId('report-docx').getAttribute('href');
    const docx = await page.request.get(`${base}${href}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    // The superior, in a browser of its own, finds the report in its inbox and acknowledges it.
    const superiorContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const superior = await superiorContext.newPage();
    await signIn(superior, base, 'demo_xuanchuan');
    await superior.goto(`${base}/incidents/inbox`);
    const entry = superior.getByTestId('inbox-report').filter({ hasText: EVENT_TITLE }).first();
    await eventually(() => entry.textContent()).toContain('灞桥街道办事处 报送');
    await entry.getByTestId('inbox-acknowledge').click();
    await eventually(() => superior.getByTestId('inbox-acknowledged').first().textContent()).toContain('吴晓琳');

    // 会商 with the superior, then the statement.
    await page.getByTestId('move-consulting').click();
    await eventually(() => state(page)).toBe('consulting');
    await tab(page, '会商');
    await page.getByTestId('consult-participants').fill('李明华，本单位\n吴晓琳，上级');
    await page.getByTestId('consult-opinions').fill('以情况说明回应补偿标准质疑。');
    await page.getByTestId('consult-decisions').fill('起草情况说明通稿');
    await page.getByTestId('consult-save').click();
    await eventually(() => page.getByTestId('consult-tasks').textContent()).toContain('起草情况说明通稿');
    await page.getByTestId('move-drafting').click();
    await eventually(() => state(page)).toBe('drafting');
    await tab(page, '通稿');
    await page.getByTestId('statement-text').fill(STATEMENT);
    await page.getByTestId('statement-save').click();
    await eventually(() => page.getByTestId('statement-step').textContent()).toContain('李明华');

    // The first responsible person approves on a phone-sized screen.
    const phone = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const leader = await phone.newPage();
    await signIn(leader, base, 'demo_shuji');
    await leader.goto(`${base}/incidents/${id}/approve`);
    await eventually(() => leader.getByTestId('approve-text').textContent()).toContain('经核实，补偿标准已于10月在各社区公示。');
    const approve = leader.getByTestId('decision-approve');
    const box = await approve.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Nothing, the app header included, makes the phone scroll sideways.
    expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await leader.screenshot({ path: `${SHOTS}-approve-phone.png`, fullPage: true });
    await approve.click();
    await eventually(() => leader.getByTestId('statement-approved').count()).toBe(1);
    await phone.close();

    // Back at the office: record the reply, follow up, close, review.
    await page.reload();
    await tab(page, '正面回复');
    await page.getByTestId('reply-place').fill('灞桥街道办事处微信公众号');
    await page.getByTestId('reply-url').fill('https://mp.weixin.qq.com/s/reply-demo');
    await page.getByTestId('reply-save').click();
    await eventually(() => page.getByTestId('reply-list').textContent()).toContain('灞桥街道办事处微信公众号');
    await page.getByTestId('move-replied').click();
    await eventually(() => state(page)).toBe('replied');
    await page.getByTestId('move-following').click();
    await eventually(() => state(page)).toBe('following');
    await page.getByTestId('move-closed').click();
    await eventually(() => state(page)).toBe('closed');
    await tab(page, '复盘');
    await page.getByTestId('review-cause').fill('补偿标准公示范围不够。');
    await page.getByTestId('review-handling').fill('当日报送快报，12小时内发布情况说明。');
    await page.getByTestId('review-wentWell').fill('快报及时，上级当即确认。');
    await page.getByTestId('review-wentBadly').fill('首次公示未覆盖全部社区。');
    await page.getByTestId('review-improvements').fill('* 公示同步到所有社区公告栏');
    await page.getByTestId('review-save').click();
    await eventually(() => page.getByTestId('review-view').textContent()).toContain('补偿标准公示范围不够。');
    // The improvement marked with * joined the street's work plan as a task.
    await eventually(() => page.getByTestId('review-task').count()).toBe(1);

    // The timeline on screen holds the steps, the report, the superior's acknowledgement, the approval and the review.
    await tab(page, '时间线');
    const kinds = await page.getByTestId('timeline-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    for (const k of ['opened', 'step', 'flash_report', 'inbox', 'consultation', 'statement', 'approval', 'reply', 'review']) expect(kinds).toContain(k);

    await page.screenshot({ path: `${SHOTS}-page.png`, fullPage: true });
    await page.goto(`${base}/incidents`);
    await page.getByTestId('board-only-open').click();
    await eventually(() => page.getByTestId('column-closed').textContent()).toContain(EVENT_TITLE);
    await page.screenshot({ path: `${SHOTS}-board.png` });

    // The superior's inbox still shows the report, now acknowledged, and the incident closed.
    await superior.reload();
    const done = superior.getByTestId('inbox-report').filter({ hasText: EVENT_TITLE }).first();
    await eventually(() => done.textContent()).toContain('平息');
    expect(await done.textContent()).toContain('已确认');
    await superior.screenshot({ path: `${SHOTS}-inbox.png`, fullPage: true });
    await superiorContext.close();
  }, 180_000);

  it('refuses bad input with the reason: a deadline shorter than the step before it, a grade changed without a reason', async () => {
    await signIn(page, base, 'demo_office');
    await page.goto(`${base}/incidents`);
    await page.getByTestId('incident-settings').click();
    const reply = page.getByTestId('tighten-3-reply');
    await eventually(() => reply.isVisible()).toBe(true);
    await reply.fill('120');
    await page.getByTestId('incident-policy-ok').click();
    await eventually(() => page.locator('.ant-message').textContent()).toContain('「正面回复」120 分钟短于前一步「快报上报」的 240 分钟');

    await page.goto(`${base}/incidents`);
    await page.getByTestId('new-incident').click();
    // The dialog is still zooming open when the tab is first clicked; on a loaded machine that click can miss, so click until the tab is the selected one.
    const byHand = page.getByRole('tab', { name: '手工登记（如电话反映）' });
    await eventually(async () => {
      await byHand.click();
      return byHand.getAttribute('aria-selected');
    }).toBe('true');
    await page.getByTestId('open-title').fill('电话反映：小区电梯停运');
    await page.getByTestId('open-submit').click();
    await page.waitForURL(/\/incidents\/\d+$/);
    await page.getByTestId('incident-edit-open').click();
    await page.getByTestId('edit-grade').fill('2');
    await page.getByTestId('incident-edit-ok').click();
    await eventually(() => page.getByTestId('incident-edit').textContent()).toContain('改动舆情等级须写明理由');
    await page.getByTestId('edit-grade-reason').fill('涉及老旧小区安全，已有市级媒体关注');
    await page.getByTestId('incident-edit-ok').click();
    await eventually(() => page.getByTestId('grade-tag').first().textContent()).toContain('II级');
  }, 90_000);
});
