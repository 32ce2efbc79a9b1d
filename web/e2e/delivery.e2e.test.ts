import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpReceiver, type HttpReceiver } from '../../server/src/modules/platform/delivery/test-receivers';
import { choose, eventually, signIn, withApp } from './harness';

const SECRET = 'SECe2e0123456789abcdef';

describe('web: delivery targets against the real server and a local robot', () => {
  let page: Page;
  let base: string;
  let robot: HttpReceiver;

  beforeAll(async () => {
    robot = await startHttpReceiver();
  });
  withApp((app) => ({ base, page } = app));

  afterAll(() => robot?.close());

  it('adds a signed DingTalk robot, sends a test, and shows the last result with the platform’s own words', async () => {
    await signIn(page, base, 'demo_admin');
    await page.getByTestId('main-menu').getByText('通知渠道', { exact: true }).click();
    await page.waitForURL(/\/system\/delivery$/);

    await page.getByTestId('add-delivery-target').click();
    await choose(page, page.getByTestId('delivery-kind'), '钉钉群机器人');
    await page.getByTestId('delivery-name').fill('区舆情值班群');
    await page.getByTestId('delivery-url').fill(`${robot.base}/robot/send?access_token=e2e-token-0123456789`);
    await page.getByTestId('delivery-secret').fill(SECRET);
    await page.getByTestId('delivery-internal').click();
    await page.getByTestId('delivery-form-ok').click();
    const row = page.getByTestId('delivery-targets').locator('tr', { hasText: '区舆情值班群' });
    await eventually(() => row.textContent()).toContain('尚未发送');
    // The robot's token and the secret never reach the page.
    expect(await row.textContent()).toContain('access_token=e2e-****');
    expect(await page.content()).not.toContain(SECRET);

    await row.getByRole('button', { name: /发送测试/ }).click();
    await eventually(() => page.locator('.ant-message').textContent()).toContain('测试消息已送达');
    await eventually(() => row.textContent()).toContain('已送达');
    expect(robot.received).toHaveLength(1);
    const got = robot.received[0];
    const timestamp = got.url.searchParams.get('timestamp')!;
    expect(got.url.searchParams.get('sign')).toBe(crypto.createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64'));
    expect(JSON.parse(got.body).markdown.title).toBe('舆情系统测试消息：区舆情值班群');

    robot.answers.push({ body: { errcode: 300001, errmsg: 'token is not exist' } });
    await row.getByRole('button', { name: /发送测试/ }).click();
    await eventually(() => page.locator('.ant-message').textContent()).toContain('发送失败：钉钉群机器人拒收（错误码 300001）：token is not exist');
    await eventually(() => row.textContent()).toContain('失败');
    await eventually(() => page.getByTestId('delivery-attempts').textContent()).toContain('测试');
    await page.screenshot({ path: '/tmp/yuqing-delivery.png', fullPage: true });
  }, 90_000);
});
