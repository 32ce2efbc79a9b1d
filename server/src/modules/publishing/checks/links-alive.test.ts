import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinksAlive, findDeadLinks } from './links-alive.js';

/** A real server on 127.0.0.1; the checker may only reach it where a test allows private addresses. */
const requests: string[] = [];
const server = http.createServer((req, res) => {
  requests.push(`${req.method} ${req.url}`);
  const route: Record<string, () => void> = {
    '/ok': () => res.writeHead(200).end('ok'),
    '/gone': () => res.writeHead(404).end(),
    '/broken': () => res.writeHead(500).end(),
    '/no-head': () => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
    '/moved': () => res.writeHead(301, { location: '/ok' }).end(),
    '/moved-to-gone': () => res.writeHead(302, { location: '/gone' }).end(),
    '/loop': () => res.writeHead(302, { location: '/loop' }).end(),
    '/slow': () => undefined, // never answers
  };
  (route[req.url ?? ''] ?? route['/gone'])();
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests.length = 0;
});

describe('checkLinksAlive against a local server', () => {
  it.each<[string, string, number | null]>([
    ['/ok', 'alive', 200],
    ['/gone', 'dead', 404],
    ['/broken', 'dead', 500],
    ['/no-head', 'alive', 200],
    ['/moved', 'alive', 200],
    ['/moved-to-gone', 'dead', 404],
    ['/loop', 'dead', 302],
    ['/slow', 'timeout', null],
  ])('%s → %s', async (route, state, status) => {
    const [r] = await checkLinksAlive([base + route], { allowPrivate: true, timeoutMs: 400 });
    expect(r).toMatchObject({ url: base + route, state, status });
  });

  it('falls back from HEAD to GET', async () => {
    await checkLinksAlive([`${base}/no-head`], { allowPrivate: true });
    expect(requests).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const [r] = await checkLinksAlive([`http://127.0.0.1:${port}/`], { allowPrivate: true });
    expect(r).toMatchObject({ state: 'unreachable', code: 'ECONNREFUSED' });
  });
});

describe('checkLinksAlive never fetches private addresses', () => {
  it('refuses 127.0.0.1 without allowPrivate, and the server sees nothing', async () => {
    const [r] = await checkLinksAlive([`${base}/ok`]);
    expect(r.state).toBe('private');
    expect(requests).toEqual([]);
  });

  it('refuses a name that resolves to a private address, and the server sees nothing', async () => {
    const port = new URL(base).port;
    const lookup = ((_host: string, _opts: unknown, cb: (err: null, addresses: { address: string; family: number }[]) => void) =>
      cb(null, [{ address: '127.0.0.1', family: 4 }])) as never;
    const [r] = await checkLinksAlive([`http://intranet.example.cn:${port}/ok`], { lookup });
    expect(r).toMatchObject({ state: 'private', host: 'intranet.example.cn' });
    expect(requests).toEqual([]);
    // The same name is fetched once private addresses are allowed: the refusal came from the address.
    const [allowed] = await checkLinksAlive([`http://intranet.example.cn:${port}/ok`], { lookup, allowPrivate: true });
    expect(allowed.state).toBe('alive');
  });

  it('checks each distinct link once', async () => {
    const statuses = await checkLinksAlive([`${base}/ok`, `${base}/ok`, `${base}/gone`], { allowPrivate: true });
    expect(statuses.map((s) => s.state)).toEqual(['alive', 'dead']);
    expect(requests.filter((r) => r.endsWith('/ok'))).toEqual(['HEAD /ok']);
  });

  it('rejects what is not an http(s) link', async () => {
    expect((await checkLinksAlive(['not a url', 'ftp://x.cn/']))[0].state).toBe('invalid');
    expect((await checkLinksAlive(['ftp://x.cn/']))[0].state).toBe('invalid');
  });
});

describe('findDeadLinks', () => {
  it('reports dead links at their place in the text', async () => {
    const text = `正常链接${base}/ok，失效链接${base}/gone。`;
    const found = await findDeadLinks(text, { allowPrivate: true });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'link_dead', severity: 'warn', text: `${base}/gone` });
    expect(text.slice(found[0].start, found[0].end)).toBe(`${base}/gone`);
    expect(found[0].message).toBe('链接无法打开（HTTP 404）');
  });

  it('says why when there was no answer', async () => {
    const [f] = await findDeadLinks(`超时链接${base}/slow`, { allowPrivate: true, timeoutMs: 300 });
    expect(f.message).toBe('链接无法打开（超时无响应）');
  });

  it('leaves statically flagged private links to checkLinks and does not contact them', async () => {
    expect(await findDeadLinks(`内网${base}/ok`)).toEqual([]);
    expect(requests).toEqual([]);
  });
});
