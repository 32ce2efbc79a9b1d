import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safeFetch } from './safe-fetch.js';

describe('safeFetch', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  const posted: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url!);
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          posted.push(`${req.url} ${req.headers['content-length']} ${body}`);
          if (req.url === '/moved') res.writeHead(307, { location: '/feed' }).end();
          else res.writeHead(200).end('{"errcode":0}');
        });
        return;
      }
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/big') return res.end(Buffer.alloc(2 * 1024 * 1024, 97));
      if (req.url === '/hang') return;
      if (req.url === '/hop') return res.writeHead(301, { location: '/feed' }).end();
      res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss/>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses loopback addresses and names that resolve to them, without sending a request', async () => {
    hits.length = 0;
    await expect(safeFetch(`${base}/feed`)).rejects.toMatchObject({ reason: 'private_address' });
    const port = (server.address() as AddressInfo).port;
    const lying: Parameters<typeof safeFetch>[1] = { lookup: ((_h: string, _o: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) => cb(null, [{ address: '127.0.0.1', family: 4 }])) as never };
    await expect(safeFetch(`http://feeds.example.com:${port}/feed`, lying)).rejects.toMatchObject({ reason: 'private_address' });
    expect(hits).toEqual([]);
  });

  it('vets the peer the socket connected to, not only what the resolver said', async () => {
    hits.length = 0;
    let asked = 0;
    // A resolver-side check that is fooled once (as by a proxy or an agent resolving on its own): the socket check still refuses.
    const fooledOnce = (ip: string) => ip === '127.0.0.1' && ++asked > 1;
    await expect(safeFetch(`http://localhost:${(server.address() as AddressInfo).port}/feed`, { nonPublic: fooledOnce, lookup: ((_h: string, _o: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) => cb(null, [{ address: '127.0.0.1', family: 4 }])) as never })).rejects.toMatchObject({
      reason: 'private_address',
      message: expect.stringContaining('connected to'),
    });
    expect(hits).toEqual([]);
  });

  it('follows redirects up to the limit, then stops', async () => {
    const ok = await safeFetch(`${base}/hop`, { allowPrivate: true });
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe('<rss/>');
    await expect(safeFetch(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 })).rejects.toMatchObject({ reason: 'too_many_redirects' });
  });

  it('bounds size and time', async () => {
    await expect(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ reason: 'too_large' });
    await expect(safeFetch(`${base}/hang`, { allowPrivate: true, timeoutMs: 300 })).rejects.toBeInstanceOf(FetchRefused);
  });

  it('refuses other schemes', async () => {
    await expect(safeFetch('file:///etc/passwd')).rejects.toMatchObject({ reason: 'bad_url' });
  });

  it('posts a body with its length, never follows a POST redirect, and keeps the address checks', async () => {
    const body = JSON.stringify({ text: '测试' });
    const ok = await safeFetch(`${base}/robot`, { method: 'POST', body, allowPrivate: true });
    expect(ok.body.toString()).toBe('{"errcode":0}');
    const moved = await safeFetch(`${base}/moved`, { method: 'POST', body, allowPrivate: true });
    expect(moved.status).toBe(307);
    expect(posted).toEqual([`/robot ${Buffer.byteLength(body)} ${body}`, `/moved ${Buffer.byteLength(body)} ${body}`]);
    await expect(safeFetch(`${base}/robot`, { method: 'POST', body })).rejects.toMatchObject({ reason: 'private_address' });
    expect(posted).toHaveLength(2);
  });
});
