import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
export const STARTUP_MS = 90_000;
export const DEMO_PASSWORD = 'Yuqing@2026demo';

/** expect.poll gives up after one second by default; a loaded CI machine renders slower than that. */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await sleep(200);
  }
  throw new Error('GET /api/health never answered 200');
}

export interface App {
  base: string;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
  /** The server's data directory, for tests that plant rows the UI cannot make (ingested items). */
  dataDir: string;
}

/** A fresh data directory with the demo district, the server on a free port, and a headless Chromium in Chinese on Beijing time. */
export async function startApp(): Promise<App> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, path.join(tmp, 'data'));
  await waitForHealth(base);
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
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
  const page = context.pages()[0] ?? (await context.newPage());

  const close = async () => {
    await context.close();
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { base, context, page, close, dataDir: path.join(tmp, 'data') };
}

/**
 * Starts the app before the tests of the enclosing describe block and closes it after them;
 * `ready` takes what the tests use (and may plant what they need) once it is up.
 */
export function withApp(ready: (app: App) => unknown): void {
  let app: App | undefined;
  beforeAll(async () => {
    app = await startApp();
    await ready(app);
  }, STARTUP_MS + 30_000);
  afterAll(() => app?.close());
}

/** Signs in through the login form; a session of another account is signed out first. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Chooses an option of an Ant Design select by its exact text; the options list lives outside the select, in a popup. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
}
