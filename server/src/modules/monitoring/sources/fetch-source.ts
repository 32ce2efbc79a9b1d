import crypto from 'node:crypto';
import { FetchRefused, safeFetch, type SafeFetchOptions } from '../../../core/safe-fetch.js';
import { decodeBody, FeedError, parseFeed } from '../feeds/index.js';
import type { RawItem } from '../items/index.js';
import { IDENTITY_MAPPING, mapRecord, valueAt } from './field-mapping.js';
import { extractMainContent, PageError } from './page-content.js';
import { readConfig } from './source-config.js';

/** What a poll needs of a source row. */
export interface PolledSource {
  id: number;
  kind: string;
  url: string | null;
  config: string | null;
  internal: number;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
}

export type FetchOutcome =
  | { status: 'not_modified' }
  | { status: 'unchanged'; etag: string | null; lastModified: string | null }
  | { status: 'ok'; items: RawItem[]; etag: string | null; lastModified: string | null; contentHash: string; note?: string };

/** A failure of the source itself, in words for its health record (Chinese, then English). */
export class SourceError extends Error {}

export const FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

const REFUSALS: Record<FetchRefused['reason'], string> = {
  private_address: '目标是内网或本机地址，已拒绝（仅管理员标记的内网源可访问）',
  too_large: '响应过大，已拒绝',
  too_many_redirects: '重定向次数过多',
  bad_url: '地址无效',
  timeout: '请求超时',
};

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** One request to a polled source (feed, page or JSON API), conditional on what the last answer said. */
export async function fetchSource(source: PolledSource, options: Partial<SafeFetchOptions> = {}): Promise<FetchOutcome> {
  if (!source.url) throw new SourceError('没有设置地址 / the source has no URL');
  const headers: Record<string, string> = {};
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.last_modified) headers['if-modified-since'] = source.last_modified;
  let res;
  try {
    res = await safeFetch(source.url, { ...FETCH_LIMITS, allowPrivate: source.internal === 1, ...options, headers });
  } catch (err) {
    if (err instanceof FetchRefused) throw new SourceError(`${REFUSALS[err.reason]} / ${err.message}`);
    throw new SourceError(`无法连接 / cannot connect: ${(err as Error).message}`);
  }
  if (res.status === 304) return { status: 'not_modified' };
  if (res.status >= 300) throw new SourceError(`服务器返回 HTTP ${res.status} / the server answered HTTP ${res.status}`);
  const etag = header(res.headers.etag);
  const lastModified = header(res.headers['last-modified']);
  const contentHash = crypto.createHash('sha256').update(res.body).digest('hex');
  if (contentHash === source.content_hash) return { status: 'unchanged', etag, lastModified };
  const decoded = decodeBody(res.body, header(res.headers['content-type']) ?? undefined);
  const note = decoded.ignoredDeclaration ? `声明的编码 ${decoded.ignoredDeclaration} 与内容不符，已按 ${decoded.encoding} 解码 / declared ${decoded.ignoredDeclaration}, decoded as ${decoded.encoding}` : undefined;
  const config = readConfig(source.config);
  let items: RawItem[];
  try {
    items = readItems(source, decoded.text, res.url, config);
  } catch (err) {
    if (err instanceof FeedError) throw new SourceError(`${err.messageIn('zh-CN')} / ${err.messageIn('en')}`);
    if (err instanceof PageError) throw new SourceError(err.message);
    throw err;
  }
  return { status: 'ok', items, etag, lastModified, contentHash, ...(note ? { note } : {}) };
}

function readItems(source: PolledSource, text: string, finalUrl: string, config: ReturnType<typeof readConfig>): RawItem[] {
  if (source.kind === 'feed') {
    return parseFeed(text, { documentUrl: finalUrl }).items.map((item, i) => ({
      key: item.guid ?? item.link,
      title: item.title,
      text: item.text,
      url: item.link,
      publishedAt: item.published,
      position: `entry ${i + 1}`,
    }));
  }
  if (source.kind === 'page') {
    const page = extractMainContent(text, finalUrl, config.selector);
    // A watched page yields an item per version: the key carries the content's hash.
    const hash = crypto.createHash('sha1').update(page.text).digest('hex').slice(0, 16);
    return [{ key: `${finalUrl}#${hash}`, title: page.title, text: page.text, url: finalUrl, position: 'page' }];
  }
  if (source.kind === 'api') {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new SourceError(`返回的不是 JSON / the answer is not JSON: ${(err as Error).message.slice(0, 120)}`);
    }
    const list = config.itemsPath ? valueAt(body, config.itemsPath) : body;
    if (!Array.isArray(list)) throw new SourceError(`在「${config.itemsPath ?? '(根)'}」处没有找到数组 / no array at ${config.itemsPath ?? 'the root'}`);
    return list.map((record, i) => mapRecord(record, config.mapping ?? IDENTITY_MAPPING, `record ${i + 1}`));
  }
  throw new SourceError(`${source.kind} 类信息源不轮询 / ${source.kind} sources are not polled`);
}
