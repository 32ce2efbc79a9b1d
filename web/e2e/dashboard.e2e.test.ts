import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, signIn, withApp } from './harness';

const SCREENSHOT = '/tmp/yuqing-dashboard.png';
const NOTICES_SCREENSHOT = '/tmp/yuqing-notifications.png';
/** The demo district's website section, last updated 19 days ago: over the two weeks that fail the inspection. */
const STALE = '区政府门户网站灞桥街道板块';

interface Notices {
  notifications: { id: number; kind: string; title: string; body: string | null; link: string | null; read: boolean }[];
  unread: number;
}

describe('web: dashboard and notifications against the real server', () => {
  let page: Page;
  let base: string;
  withApp((app) => ({ base, page } = app));

  const drawerTitle = () => page.locator('.ant-drawer-open .ant-drawer-title').textContent();
  const unreadBadge = () => page.getByTestId('notification-count').locator('.ant-scroll-number').count();

  it('lands the group office on its dashboard, whose figures and notices open the register', async () => {
    await signIn(page, base, 'demo_office');
    await page.waitForURL(/\/dashboard$/);
    expect(await page.getByTestId('main-menu').locator('.ant-menu-item').first().textContent()).toBe('工作台');

    // At least the stale website section fails, and it is listed with its flag in the register's words.
    const fail = page.getByTestId('dashboard-fail');
    await eventually(async () => Number((await fail.locator('.ant-statistic-content-value').textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    const flagged = page.getByTestId('dashboard-flagged');
    const row = flagged.locator('.ant-list-item', { hasText: STALE });
    await eventually(() => row.textContent()).toContain('已 19 天未更新（超过两周即不合格）');
    expect(await row.getByTestId('health-fail').count()).toBe(1);
    // The group office takes no approval step: no inbox figure to follow.
    expect(await page.getByTestId('dashboard-inbox').count()).toBe(0);
    await eventually(() => page.getByTestId('dashboard-submissions').textContent()).toMatch(/\d+\/ \d+/);

    // The bell: the daily health sweep ran at startup and told the office about its flagged channels.
    const notices = async () => (await (await page.request.get(`${base}/api/notifications`)).json()) as Notices;
    await eventually(async () => (await notices()).notifications.some((n) => n.title.includes(STALE))).toBe(true);
    await page.reload();
    await eventually(unreadBadge).toBeGreaterThan(0);
    await eventually(() => row.textContent()).toContain(STALE);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);

    // The notice names the flags (codes only, no days) in the register's words.
    await page.getByTestId('notification-bell').click();
    const notice = page.getByTestId('notification-item').filter({ hasText: STALE });
    await notice.waitFor({ state: 'visible' });
    await eventually(() => notice.textContent()).toContain('长期未更新（超过两周即不合格）');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await page.screenshot({ path: NOTICES_SCREENSHOT });

    // Clicking the notice reads it and opens the channel in the register.
    const before = (await notices()).unread;
    await notice.click();
    await page.waitForURL(/\/channels\?id=\d+$/);
    await eventually(drawerTitle).toBe(STALE);
    await eventually(async () => (await notices()).unread).toBe(before - 1);
    const read = (await notices()).notifications.find((n) => n.title.includes(STALE))!;
    expect(read.read).toBe(true);
    expect(read.link).toBe(new URL(page.url()).pathname + new URL(page.url()).search);

    // 「全部已读」 empties the badge.
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications-read-all').click();
    await eventually(async () => (await notices()).unread).toBe(0);
    await eventually(unreadBadge).toBe(0);
    await page.keyboard.press('Escape');

    // The 不合格 figure opens the register filtered to the failing channels.
    await page.getByTestId('main-menu').getByText('工作台', { exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-fail').click();
    await page.waitForURL(/\/channels\?level=fail$/);
    const table = page.getByTestId('channel-table');
    await eventually(() => table.textContent()).toContain(STALE);
    await eventually(() => table.getByTestId('health-ok').count()).toBe(0);
    expect(await table.getByTestId('health-warn').count()).toBe(0);

    // And a flagged channel's name opens its details.
    await page.goBack();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-flagged').getByText(STALE, { exact: true }).click();
    await page.waitForURL(/\/channels\?id=\d+$/);
    await eventually(drawerTitle).toBe(STALE);

    // Both languages: the same figures in English.
    await page.goto(`${base}/dashboard`);
    await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
    await eventually(() => page.getByTestId('dashboard-fail').textContent()).toContain('Failing');
    await eventually(() => page.getByTestId('dashboard-flagged').textContent()).toContain('Not updated for 19 days');
    await page.getByTestId('lang-switch').getByText('中文', { exact: true }).click();
    await eventually(() => page.getByTestId('dashboard-fail').textContent()).toContain('不合格');

    // A leader who takes an approval step sees the inbox figure, with the words of an empty inbox when nothing waits.
    await signIn(page, base, 'demo_fenguan');
    await page.waitForURL(/\/dashboard$/);
    const { inbox } = (await (await page.request.get(`${base}/api/dashboard`)).json()) as { inbox: { count: number } };
    await eventually(() => page.getByTestId('dashboard-inbox').locator('.ant-statistic-content-value').textContent()).toBe(String(inbox.count));
    if (inbox.count === 0) expect(await page.getByTestId('dashboard-inbox-list').textContent()).toContain('暂无待办');
  }, 90_000);
});
