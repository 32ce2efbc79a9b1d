import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, eventually, withApp } from './harness';

const SCREENSHOT = '/tmp/yuqing-e2e.png';

describe('web: organisation screens against the real server', () => {
  let context: BrowserContext;
  let page: Page;
  let base: string;
  withApp((app) => ({ base, context, page } = app));

  it('signs in as the group office, switches language, and adds a department', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-username').fill('demo_office');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();

    // The day starts at the dashboard; the organisation is one menu entry away.
    await page.waitForURL(/\/dashboard$/);
    const menu = page.getByTestId('main-menu');
    await eventually(() => menu.textContent()).toContain('组织机构');
    await menu.getByText('组织机构', { exact: true }).click();
    await page.waitForURL(/\/org\/units/);
    // The group office may manage the organisation but not accounts or the audit log.
    expect(await menu.textContent()).not.toContain('账号与角色');
    expect(await page.getByTestId('demo-tag').textContent()).toContain('DEMO');
    expect(await page.getByTestId('scope').textContent()).toMatch(/^管辖范围：灞桥街道办事处及下级 \d+ 个单位$/);

    await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
    await eventually(() => menu.textContent()).toContain('Organization');
    await eventually(() => page.getByRole('tab', { name: 'Departments' }).count()).toBe(1);
    const langCookie = (await context.cookies(base)).find((c) => c.name === 'yq_lang');
    expect(langCookie?.value).toBe('en');
    // The cookie makes the server answer in English too, and the account remembers the choice for the next browser.
    const notFound = (await (await page.request.get(`${base}/api/no-such-route`)).json()) as { error: { message: string } };
    expect(notFound.error.message).toMatch(/^No such endpoint/);
    const accountLocale = async () => ((await (await page.request.get(`${base}/api/auth/me`)).json()) as { locale: string }).locale;
    await eventually(accountLocale).toBe('en');

    await page.getByTestId('lang-switch').getByText('中文', { exact: true }).click();
    await eventually(() => menu.textContent()).toContain('组织机构');
    await eventually(() => page.getByRole('tab', { name: '科室' }).count()).toBe(1);

    // Pick another unit, then come back to the street office, so selection is exercised both ways.
    const node = (name: string) => page.getByTestId('unit-tree').locator('[data-testid^="unit-node-"]', { hasText: name });
    const unitId = Number((await node('灞桥街道办事处').getAttribute('data-testid'))!.replace('unit-node-', ''));
    await node('东风社区').click();
    await page.waitForURL(/unit=\d+/);
    await node('灞桥街道办事处').click();
    await page.waitForURL(new RegExp(`unit=${unitId}$`));
    await eventually(() => page.getByTestId('department-table').textContent()).toContain('党政办');

    const name = `网评科-${Date.now().toString(36)}`;
    await page.getByTestId('add-department').click();
    await page.getByTestId('department-name').fill(name);
    await page.getByTestId('department-form-ok').click();
    await eventually(() => page.getByTestId('department-table').textContent()).toContain(name);
    await eventually(() => page.locator('.ant-message-success').textContent()).toContain('已保存');

    // Stored, not just drawn: the server lists it under the chosen unit.
    const listed = await page.request.get(`${base}/api/units/${unitId}/departments`);
    const { departments } = (await listed.json()) as { departments: { name: string; unitId: number }[] };
    expect(departments.find((d) => d.name === name)?.unitId).toBe(unitId);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  }, 60_000);
});
