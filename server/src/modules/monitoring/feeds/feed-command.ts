import fs from 'node:fs/promises';
import { FetchRefused, safeFetch, type SafeFetchOptions, type SafeResponse } from '../../../core/safe-fetch.js';
import { decodeBody } from './decode.js';
import { FeedError } from './feed-error.js';
import type { ParsedFeed } from './feed-model.js';
import { COMMAND_ERROR_MESSAGES, fillTemplate, type CommandErrorCode } from './messages.js';
import { parseFeed } from './parse-feed.js';

export type FetchFeed = (url: string, options?: SafeFetchOptions) => Promise<SafeResponse>;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Reading the file or fetching the URL failed; worded like a FeedError, in both languages. */
class TargetError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    readonly params: Record<string, string>,
  ) {
    super(fillTemplate(COMMAND_ERROR_MESSAGES[code], 'en', params));
  }
}

/** Feeds first, but a server that only speaks XML or JSON still answers with its feed. */
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, */*;q=0.5';
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

interface Loaded {
  bytes: Buffer;
  contentType?: string;
  documentUrl?: string;
}

/** Anything with a scheme goes to safeFetch, which refuses all but http(s) and private addresses. */
async function load(target: string, fetchFeed: FetchFeed): Promise<Loaded> {
  if (!HAS_SCHEME.test(target)) {
    try {
      return { bytes: await fs.readFile(target) };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new TargetError('read_failed', { target, detail: e.code ?? e.message });
    }
  }
  let res: SafeResponse;
  try {
    res = await fetchFeed(target, { headers: { accept: ACCEPT } });
  } catch (err) {
    if (err instanceof FetchRefused) throw new TargetError(err.reason, { target, detail: err.message });
    const e = err as NodeJS.ErrnoException;
    throw new TargetError('fetch_failed', { target, detail: e.code ?? e.message });
  }
  if (res.status < 200 || res.status > 299) throw new TargetError('http_status', { target, detail: String(res.status) });
  return { bytes: res.body, contentType: res.headers['content-type'], documentUrl: res.url };
}

/** The agreed output, keys in this order; other tools parse it, so it changes only with them. */
function present(feed: ParsedFeed) {
  return {
    title: feed.title,
    link: feed.link,
    items: feed.items.map((item) => ({ title: item.title, link: item.link, published: item.published, text: item.text })),
  };
}

/** One line, Chinese then English; never a stack trace, whatever was thrown. */
function reason(err: unknown): string {
  let zh: string;
  let en: string;
  if (err instanceof FeedError) [zh, en] = [err.messageIn('zh-CN'), err.messageIn('en')];
  else if (err instanceof TargetError) [zh, en] = [fillTemplate(COMMAND_ERROR_MESSAGES[err.code], 'zh-CN', err.params), err.message];
  else {
    const detail = err instanceof Error ? err.message : String(err);
    [zh, en] = (['zh-CN', 'en'] as const).map((locale) => fillTemplate(COMMAND_ERROR_MESSAGES.internal, locale, { detail }));
  }
  return `${zh} / ${en}`.replace(/\s+/g, ' ');
}

/**
 * Writes everything at once. A reader that stops early (`yuqing feed parse URL | head -c 100`)
 * closes the pipe: that is no failure. The error listener stays after a failed write, because the
 * stream emits 'error' after the callback and an unheard 'error' would end the process.
 */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ignore = () => {};
    stream.on('error', ignore);
    stream.write(text, (err) => {
      if (!err) {
        stream.off('error', ignore);
        resolve();
      } else if ((err as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(err);
    });
  });
}

/**
 * `yuqing feed parse FILE|URL`: prints `{"title","link","items":[{"title","link","published","text"}]}`
 * as one line of JSON and returns 0; on anything it cannot read, prints the reason on stderr and
 * returns 2. URLs go through safeFetch, so private and loopback addresses are refused.
 */
export async function feedParseCommand(target: string, io: CommandIo, fetchFeed: FetchFeed = safeFetch): Promise<number> {
  try {
    const { bytes, contentType, documentUrl } = await load(target, fetchFeed);
    const feed = parseFeed(decodeBody(bytes, contentType).text, { documentUrl });
    await write(io.stdout, `${JSON.stringify(present(feed))}\n`);
    return 0;
  } catch (err) {
    // Nowhere left to report a stderr that fails too; the exit code still says it.
    await write(io.stderr, `${reason(err)}\n`).catch(() => undefined);
    return 2;
  }
}
