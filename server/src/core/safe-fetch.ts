import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { bareHost, isNonPublicAddress } from './addresses.js';

export interface SafeFetchOptions {
  timeoutMs?: number;
  /** Bytes of body kept at most; a longer body is an error rather than a memory spike. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Only for a source an administrator marked internal, and for tests against local servers. */
  allowPrivate?: boolean;
  headers?: Record<string, string>;
  lookup?: net.LookupFunction;
  /** GET by default. A POST is never redirected: its 3xx comes back as the answer, so a body is not re-sent elsewhere. */
  method?: 'GET' | 'POST';
  body?: Buffer | string;
  /** Which addresses are refused; tests that must reach a local server as if it were public narrow it. */
  nonPublic?: (ip: string) => boolean;
}

export interface SafeResponse {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class FetchRefused extends Error {
  constructor(
    readonly reason: 'private_address' | 'too_large' | 'too_many_redirects' | 'bad_url' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'FetchRefused';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Vets the address inside the resolver the socket dials, so a name that resolves to a public
 * address for a check and to 127.0.0.1 for the fetch (DNS rebinding) is still refused.
 */
function guardedLookup(resolve: net.LookupFunction, nonPublic: (ip: string) => boolean): net.LookupFunction {
  return (hostname, options, callback) =>
    resolve(hostname, { ...options, all: true }, (err, result) => {
      if (err) return callback(err, '');
      const addresses = result as dns.LookupAddress[];
      if (addresses.some((a) => nonPublic(a.address))) {
        return callback(new FetchRefused('private_address', `${hostname} resolves to a non-public address`), '');
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
}

type Resolved = Required<Omit<SafeFetchOptions, 'lookup' | 'body'>> & { lookup?: net.LookupFunction; body?: Buffer };

function once(url: URL, o: Resolved, signal: AbortSignal): Promise<SafeResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const length: Record<string, string> = o.body ? { 'content-length': String(o.body.length) } : {};
    const req = client.request(url, { method: o.method, lookup: o.lookup, signal, agent: false, headers: { 'user-agent': 'Yuqing/0.1', accept: '*/*', ...length, ...o.headers } }, (res) => {
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > o.maxBytes) {
        res.destroy();
        return reject(new FetchRefused('too_large', `the response is ${declared} bytes; the limit is ${o.maxBytes}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > o.maxBytes) {
          res.destroy();
          reject(new FetchRefused('too_large', `the response exceeds ${o.maxBytes} bytes`));
        } else chunks.push(c);
      });
      res.on('end', () => resolve({ url: url.toString(), status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    if (!o.allowPrivate) {
      // The resolver's answer is vetted in guardedLookup; this vets the peer actually reached, which
      // also covers a proxy, a custom lookup or an agent that resolved the name some other way.
      req.on('socket', (socket) =>
        socket.once('connect', () => {
          const peer = socket.remoteAddress;
          if (peer && o.nonPublic(bareHost(peer))) req.destroy(new FetchRefused('private_address', `${url.hostname} connected to the non-public address ${peer}`));
        }),
      );
    }
    req.on('error', reject);
    req.end(o.body);
  });
}

/** A GET or POST for untrusted addresses: private targets refused unless allowed, each redirect re-checked, size and time bounded. */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<SafeResponse> {
  const { body, ...rest } = options;
  const o: Resolved = { timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowPrivate: false, headers: {}, method: 'GET', nonPublic: isNonPublicAddress, ...rest, body: body === undefined ? undefined : Buffer.from(body) };
  const lookup = o.allowPrivate ? o.lookup : guardedLookup(o.lookup ?? dns.lookup, o.nonPublic);
  const signal = AbortSignal.timeout(o.timeoutMs);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('bad_url', `not a URL: ${raw}`);
  }
  for (let hop = 0; hop <= o.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('bad_url', `only http and https are fetched, not ${url.protocol}`);
    // Address literals never reach the resolver, so they are vetted here.
    if (!o.allowPrivate && o.nonPublic(bareHost(url.hostname))) throw new FetchRefused('private_address', `${url.hostname} is a non-public address`);
    let res: SafeResponse;
    try {
      res = await once(url, { ...o, lookup }, signal);
    } catch (err) {
      if (signal.aborted) throw new FetchRefused('timeout', `no complete answer within ${o.timeoutMs} ms`);
      throw err;
    }
    const location = res.headers.location;
    if (!REDIRECTS.has(res.status) || !location || o.method !== 'GET') return res;
    url = new URL(location, url);
  }
  throw new FetchRefused('too_many_redirects', `more than ${o.maxRedirects} redirects`);
}
