import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, eventually, signIn, withApp } from './harness';

/** A feed with markup in a title: the feed reader keeps its text only, and nothing of it becomes an element on screen. */
const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>区融媒体</title>
<item><guid>e2e-1</guid><title>纺织城社区拆迁补偿方案公示</title><link>https://news.example.cn/e2e-1</link>
<description>纺织城社区老旧小区拆迁补偿方案今日公示，居民可在社区服务站查阅，有疑问可拨打12345反映。</description></item>
<item><guid>e2e-2</guid><title>&lt;img src=x onerror=alert(1)&gt;消防宣传进社区</title><link>https://news.example.cn/e2e-2</link>
<description>街道组织消防宣传进社区活动。</description></item>
</channel></rss>`;

describe('web: monitoring sources and the live feed against the real server', () => {
  let page: Page;
  let base: string;
  let feedServer: http.Server;
  let feedUrl: string;
  let requests = 0;

  beforeAll(async () => {
    feedServer = http.createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED);
    });
    await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
    feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rss`;
  });
  withApp((app) => ({ base, page } = app));

  afterAll(() => {
    feedServer?.closeAllConnections();
    feedServer?.close();
  });

  it('adds a feed source, fetches it, and finds its items in the feed with highlighted snippets', async () => {
    // The feed server is on this machine, so only an administrator's internal source may reach it.
    await signIn(page, base, 'demo_admin');
    const menu = page.getByTestId('main-menu');
    await eventually(() => menu.textContent()).toContain('舆情监测');
    await menu.getByText('信息源', { exact: true }).click();
    await page.waitForURL(/\/monitoring\/sources$/);

    await page.getByTestId('add-source').click();
    await page.getByTestId('source-name').fill('区融媒体中心');
    await page.getByTestId('source-url').fill(feedUrl);
    await choose(page, page.getByTestId('source-tier'), '地方媒体');
    await page.getByTestId('source-form').getByRole('switch').last().click();
    await page.getByTestId('source-form-ok').click();
    const row = page.getByTestId('source-table').locator('tr', { hasText: '区融媒体中心' });
    await eventually(() => row.textContent()).toContain('未运行');

    await row.getByText('立即抓取').click();
    await eventually(() => row.textContent()).toContain('正常');
    expect(requests).toBe(1);

    await menu.getByText('舆情信息', { exact: true }).click();
    await page.waitForURL(/\/monitoring\/feed$/);
    await eventually(() => page.getByTestId('feed-list').textContent()).toContain('纺织城社区拆迁补偿方案公示');
    const list = await page.getByTestId('feed-list').textContent();
    expect(list).toContain('消防宣传进社区');
    expect(list).not.toContain('onerror');
    expect(await page.getByTestId('feed-list').locator('img').count()).toBe(0);

    await page.getByTestId('feed-search').fill('拆迁补偿');
    await page.getByTestId('feed-search').press('Enter');
    await eventually(() => page.getByTestId('feed-item').count()).toBe(1);
    const marked = await page.getByTestId('item-snippet').locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m === '拆迁补偿')).toBe(true);

    await page.getByTestId('feed-item').getByRole('link', { name: '纺织城社区拆迁补偿方案公示' }).click();
    await page.waitForURL(/\/monitoring\/items\/\d+$/);
    await eventually(() => page.getByTestId('item-text').textContent()).toContain('有疑问可拨打12345反映');
    await page.screenshot({ path: '/tmp/yuqing-monitoring-item.png', fullPage: true });
    await page.goBack();
    await page.getByTestId('feed-search').fill('');
    await page.getByTestId('feed-search').press('Enter');
    await eventually(() => page.getByTestId('feed-item').count()).toBeGreaterThan(5);
    await page.screenshot({ path: '/tmp/yuqing-monitoring-feed.png' });
  }, 120_000);
});
