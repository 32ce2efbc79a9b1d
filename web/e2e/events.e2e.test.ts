import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, signIn, withApp } from './harness';

/*
 * Items reach a unit through its sources in production; here they are planted in the server's own
 * database with the server's built code, loaded at run time so the web project's types stay its own.
 */
interface TestItem {
  unitId: number;
  title?: string;
  text: string;
  mediaTier?: string;
  publishedAt?: string;
}
interface Handle {
  db: unknown;
  close(): Promise<void>;
}
const DIST = path.resolve(import.meta.dirname, '../../server/dist');
const load = async <T>(file: string): Promise<T> => (await import(path.join(DIST, file))) as T;
const { openDatabase } = await load<{ openDatabase(o: { dataDir: string }): Handle }>('db/database.js');
const { storeTestItems } = await load<{ storeTestItems(db: unknown, items: TestItem[]): Promise<number[]> }>('modules/monitoring/events/test-items.js');
const { processStoredItems } = await load<{ processStoredItems(db: unknown, ids: number[], deps: { now: () => Date }): Promise<{ eventsCreated: number[]; matches: number }> }>('modules/monitoring/events/index.js');

const SCREENSHOT = '/tmp/yuqing-events.png';
const STORY = '灞桥街道纺织城社区多户居民反映，去年签约的拆迁补偿款至今没有发放，多次到街道询问无果，居民很不满。';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('web: topics with the 7-day preview, and events with their grade and reasons, against the real server', () => {
  let page: Page;
  let base: string;
  let db: Handle;
  let itemIds: number[];

  withApp(async (app) => {
    ({ base, page } = app);
    // An action that cannot happen fails with the locator it waited for, before the test's own timeout.
    page.setDefaultTimeout(10_000);
    db = openDatabase({ dataDir: app.dataDir });
    const sqlite = new SQLite(path.join(app.dataDir, 'yuqing.db'));
    sqlite.pragma('busy_timeout = 5000');
    const { id: street } = sqlite.prepare('select id from unit where name = ?').get('灞桥街道办事处') as { id: number };
    // The demo district watches 征地拆迁 too; this test follows only the topic it writes.
    sqlite.prepare('update topic set enabled = 0 where is_demo = 1').run();
    sqlite.close();
    itemIds = await storeTestItems(db.db, [
      { unitId: street, title: '纺织城社区拆迁补偿款迟迟未发放', text: STORY, publishedAt: hoursAgo(3) },
      { unitId: street, text: `转发微博//@灞桥热心市民:太不像话了 纺织城社区拆迁补偿款迟迟未发放，${STORY}`, publishedAt: hoursAgo(2) },
      { unitId: street, title: '记者调查：纺织城社区拆迁补偿款为何迟迟不到位', text: `本报讯 ${STORY}记者多次联系街道未获回应。`, mediaTier: 'local', publishedAt: hoursAgo(1) },
      { unitId: street, title: '灞桥街道招聘社区工作者', text: '灞桥街道纺织城社区招聘社区工作者，拆迁安置户优先。', publishedAt: hoursAgo(5) },
      { unitId: street, title: '旧闻：纺织城拆迁', text: '两周前的纺织城拆迁旧闻。', publishedAt: hoursAgo(24 * 14) },
    ]);
  });

  afterAll(() => db?.close());

  const openMenu = (entry: string) => page.getByTestId('main-menu').getByText(entry, { exact: true }).click();
  const addWord = async (group: string, word: string) => {
    await page.getByTestId(`group-${group}`).click();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
  };

  it('writes a topic from word groups after previewing it, and shows a rule error where it is', async () => {
    await signIn(page, base, 'demo_office');
    await eventually(() => page.getByTestId('main-menu').textContent()).toContain('舆情监测');
    await openMenu('监测主题');
    await page.waitForURL(/\/monitoring\/topics$/);
    await page.getByTestId('add-topic').click();
    await page.getByTestId('topic-name').fill('纺织城拆迁补偿');
    await addWord('region', '纺织城');
    await addWord('event', '拆迁');
    await addWord('exclude', '招聘');
    // Saving waits for a preview of the rule as it stands.
    expect(await page.getByTestId('topic-form-ok').isDisabled()).toBe(true);
    await page.getByTestId('topic-preview').click();
    await eventually(() => page.getByTestId('preview-counts').textContent()).toContain('命中 3 条');
    // Four planted items are of the last 7 days (the demo district has its own besides); three match.
    expect(await page.getByTestId('preview-counts').textContent()).toMatch(/^近 7 天共 \d+ 条信息，命中 3 条$/);
    expect(await page.getByTestId('topic-preview-result').textContent()).toContain('纺织城 AND 拆迁 NOT 招聘');
    expect(await page.getByTestId('preview-item').first().locator('mark').first().textContent()).toMatch(/纺织城|拆迁/);

    // The same topic as a rule with a missing parenthesis: the error names and marks the place.
    await page.getByTestId('topic-mode').getByText('直接写规则').click();
    await page.getByTestId('topic-rule').fill('(纺织城 OR 灞桥 AND 拆迁');
    await page.getByTestId('topic-preview').click();
    await eventually(() => page.getByTestId('rule-error').textContent()).toContain('第 1 个字符处');
    expect(await page.getByTestId('topic-form-ok').isDisabled()).toBe(true);
    await page.getByTestId('topic-mode').getByText('按词组填写').click();
    await page.getByTestId('topic-preview').click();
    await eventually(() => page.getByTestId('preview-counts').textContent()).toContain('命中 3 条');
    await page.getByTestId('topic-form-ok').click();
    await eventually(() => page.getByTestId('topic-table').textContent()).toContain('纺织城拆迁补偿');
    expect(await page.getByTestId('topic-table').textContent()).toContain('纺织城 AND 拆迁 NOT 招聘');
  });

  it('clusters the items into one event graded III with its reasons, timeline and history', async () => {
    const result = await processStoredItems(db.db, itemIds, { now: () => new Date() });
    // The three reports of the story make one event; the fortnight-old item, outside the window, its own.
    expect(result.eventsCreated).toHaveLength(2);
    expect(result.matches).toBe(4);
    // The server's relay finds the alert the test process wrote and the open page's live feed shows it.
    await eventually(() => page.getByTestId('live-alert-bar').textContent()).toContain('记者调查：纺织城社区拆迁补偿款为何迟迟不到位');
    await openMenu('舆情事件');
    await page.waitForURL(/\/monitoring\/events$/);
    const row = page.getByTestId('event-table').locator('tr', { hasText: '记者调查' });
    await eventually(() => row.textContent()).toContain('III 较大');
    await row.getByRole('link').click();
    await page.waitForURL(/\/monitoring\/events\/\d+$/);
    await eventually(() => page.getByTestId('event-title').textContent()).toBe('记者调查：纺织城社区拆迁补偿款为何迟迟不到位');
    expect(await page.getByTestId('grade-tag').first().textContent()).toBe('III 较大');
    expect(await page.getByTestId('grade-reasons').textContent()).toContain('地方媒体介入：最高媒体级别为地方媒体');
    expect(await page.getByTestId('grade-history').textContent()).toContain('III 较大');
    expect(await page.getByTestId('timeline-chart').getAttribute('data-points')).toBe('3');
    await eventually(() => page.getByTestId('timeline-chart').locator('canvas').count()).toBe(1);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('splits an item off into its own event and merges it back, from the event page', async () => {
    const eventUrl = page.url();
    const repost = page.locator('tr', { hasText: '转发微博' });
    await repost.locator('input[type=checkbox]').check();
    await page.getByTestId('split-button').click();
    await page.waitForURL((url) => url.href !== eventUrl && /\/monitoring\/events\/\d+$/.test(url.pathname));
    await eventually(() => page.getByTestId('event-title').textContent()).toContain('转发微博');
    const splitId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.goto(eventUrl);
    await eventually(() => page.getByTestId('event-title').textContent()).toBe('记者调查：纺织城社区拆迁补偿款为何迟迟不到位');
    expect(await page.locator('tr', { hasText: '转发微博' }).count()).toBe(0);
    await page.getByTestId('merge-button').click();
    await page.getByTestId('merge-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `#${splitId} ` }).click();
    // A multiple select stays open over the dialog's buttons until dismissed.
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal-footer:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await eventually(() => page.locator('tr', { hasText: '转发微博' }).count()).toBe(1);
  });

  it('lists the alert the III event raised, and the unit’s settings and grading rules', async () => {
    await openMenu('预警');
    await page.waitForURL(/\/monitoring\/alerts$/);
    await eventually(() => page.getByTestId('alert-list').textContent()).toContain('记者调查：纺织城社区拆迁补偿款为何迟迟不到位');
    expect(await page.getByTestId('alert-list').textContent()).toContain('新事件');
    await eventually(() => page.getByTestId('grade-rules').textContent()).toContain('主流媒体（省级以上）介入');
    expect(await page.getByTestId('grade-rules').textContent()).toContain('沿用上级单位或系统默认的规则');
    await page.screenshot({ path: '/tmp/yuqing-alerts.png', fullPage: true });
  });
});
