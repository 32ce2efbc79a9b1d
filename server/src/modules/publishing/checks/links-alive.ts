import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { DEFAULT_LOCALE } from '@yuqing/common';
import type { CheckOptions, Finding } from './finding.js';
import { createFinding } from './finding.js';
import { bareHost, isNonPublicAddress } from '../../../core/addresses.js';
import { LINK_STATE_MESSAGES } from './messages.js';
import { checkLinks, displayUrl, extractLinks } from './links.js';

export type LinkState = 'alive' | 'dead' | 'timeout' | 'private' | 'unreachable' | 'invalid';

export interface LinkStatus {
  url: string;
  state: LinkState;
  /** The last HTTP status seen, if any. */
  status: number | null;
  /** The network error code (ENOTFOUND, ECONNREFUSED …) when there was no answer. */
  code: string | null;
  /** The host of the last address tried: after a redirect, not the one in the text. */
  host: string | null;
}

export interface AliveOptions {
  /** Per link, covering DNS, connection, every redirect and the response headers. */
  timeoutMs?: number;
  /** Only for tests and on-premises setups that publish intranet links on purpose. */
  allowPrivate?: boolean;
  concurrency?: number;
  maxRedirects?: number;
  /** The resolver; dns.lookup by default. */
  lookup?: net.LookupFunction;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NON_PUBLIC = 'E_NON_PUBLIC_ADDRESS';

/**
 * The address check happens inside the resolver the connection itself uses, so the address that
 * was vetted is the address that is dialled: checking first and fetching afterwards would let a
 * name resolve to a public address for the check and to 127.0.0.1 for the fetch (DNS rebinding).
 * That is why this uses node:http rather than fetch, which offers no such hook.
 */
function guardedLookup(resolve: net.LookupFunction, allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) =>
    resolve(hostname, { ...options, all: true }, (err, result) => {
      if (err) return callback(err, '');
      const addresses = result as dns.LookupAddress[];
      if (!allowPrivate && addresses.some((a) => isNonPublicAddress(a.address))) {
        return callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: NON_PUBLIC }), '');
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
}

function ask(url: URL, method: 'HEAD' | 'GET', lookup: net.LookupFunction, signal: AbortSignal): Promise<{ status: number; location: string | null }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method, lookup, signal, agent: false, headers: { 'user-agent': 'Yuqing link check', accept: '*/*' } }, (res) => {
      resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null });
      // The headers answer the question; the body is not downloaded.
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

async function probe(raw: string, o: Required<Omit<AliveOptions, 'concurrency'>>): Promise<LinkStatus> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: raw, state: 'invalid', status: null, code: null, host: null };
  }
  const result = (state: LinkState, status: number | null = null, code: string | null = null): LinkStatus => ({ url: raw, state, status, code, host: url.hostname });
  const signal = AbortSignal.timeout(o.timeoutMs);
  const lookup = guardedLookup(o.lookup, o.allowPrivate);
  let status: number | null = null;
  for (let hop = 0; hop <= o.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return result('invalid', status);
    // Credentials in a link are reported by checkLinks; they are not sent anywhere.
    url.username = '';
    url.password = '';
    // Address literals never reach the resolver, so they are vetted here; names are vetted on resolution.
    const host = bareHost(url.hostname);
    if (!o.allowPrivate && isNonPublicAddress(host)) return result('private', status);
    try {
      let answer = await ask(url, 'HEAD', lookup, signal);
      // Some servers refuse or mishandle HEAD; only a GET failing too makes the link dead.
      if (answer.status >= 400) answer = await ask(url, 'GET', lookup, signal);
      status = answer.status;
      if (!REDIRECTS.has(answer.status) || !answer.location) return result(answer.status < 400 ? 'alive' : 'dead', answer.status);
      url = new URL(answer.location, url);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? null;
      if (signal.aborted) return result('timeout', status);
      if (code === NON_PUBLIC) return result('private', status);
      return result('unreachable', status, code);
    }
  }
  return result('dead', status, 'too_many_redirects');
}

/** Checks each distinct link, a few at a time; the answer keeps the order of first appearance. */
export async function checkLinksAlive(urls: readonly string[], options: AliveOptions = {}): Promise<LinkStatus[]> {
  const o = { timeoutMs: options.timeoutMs ?? 8000, allowPrivate: options.allowPrivate ?? false, maxRedirects: options.maxRedirects ?? 5, lookup: options.lookup ?? dns.lookup };
  const unique = [...new Set(urls)];
  const out: LinkStatus[] = new Array(unique.length);
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const i = next++;
      out[i] = await probe(unique[i], o);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, unique.length) }, worker));
  return out;
}

/**
 * The network half of the link checks, for the review service: links checkLinks already flags as
 * private are neither contacted nor reported twice (unless private addresses are allowed); the
 * rest are fetched and reported when dead (warn) or when their name resolves to a private
 * address (block).
 */
export async function findDeadLinks(text: string, options: CheckOptions & AliveOptions = {}): Promise<Finding[]> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const flagged = new Set(options.allowPrivate ? [] : checkLinks(text).filter((f) => f.rule === 'link_private').map((f) => f.start));
  const links = extractLinks(text).filter((l) => !flagged.has(l.start));
  const statuses = new Map((await checkLinksAlive(links.map((l) => l.url), options)).map((s) => [s.url, s]));
  return links.flatMap((l) => {
    const s = statuses.get(l.url)!;
    if (s.state === 'alive') return [];
    const base = { start: l.start, end: l.end, text: displayUrl(l.url) };
    if (s.state === 'private') return [createFinding({ ...base, rule: 'link_private', severity: 'block', detail: s.host ?? '' }, locale)];
    const detail = [s.status ? `HTTP ${s.status}` : LINK_STATE_MESSAGES[s.state][locale], s.code].filter(Boolean).join(', ');
    return [createFinding({ ...base, rule: 'link_dead', severity: 'warn', detail }, locale)];
  });
}
