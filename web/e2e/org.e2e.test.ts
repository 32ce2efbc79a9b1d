import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/yuqing-e2e.png';
const STARTUP_MS = 90_000;

/** expect.poll gives up after one second by default; a loaded CI machine renders slower than that. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The real `yuqing serve`, as a user starts it: it builds what is stale, plants the demo district, listens. */
function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), YUQING_DATA_DIR: dataDir, YUQING_DEMO: '1' };
  // A PostgreSQL URL from the surrounding shell would send the demo data there instead of the fresh SQLite file.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/yuqing.mjs', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${STARTUP_MS} ms:\n${output}`)), STARTUP_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('GET /api/health never answered 200');
}

describe('web: organisation screens against the real server', () => {
  let server: ChildProcess;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-e2e-'));

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startServer(port, path.join(tmp, 'data'));
    await waitForHealth(base);
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await context?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('signs in as the group office, switches language, and adds a department', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-username').fill('demo_office');
    await page.getByTestId('login-password').fill('Yuqing@2026demo');
    await page.getByTestId('login-submit').click();

    await page.waitForURL(/\/org\/units/);
    const menu = page.getByTestId('main-menu');
    await eventually(() => menu.textContent()).toContain('组织机构');
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
