import { firstFeedDate } from './feed-date.js';
import { FeedError } from './feed-error.js';
import { absoluteLink, plainTitle, type FeedItem, type ParsedFeed } from './feed-model.js';
import { htmlToText, tidyText } from './html-to-text.js';

/**
 * JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). Every field is checked for its
 * type, since a feed that writes `"title": 42` or `"items": {}` must still not throw anything but
 * a FeedError. Authors (1.0 `author`, 1.1 `authors`) are not read: see feed-model.ts.
 */

type Json = Record<string, unknown>;

const VERSION = /^https?:\/\/jsonfeed\.org\/version\//i;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (err) {
    // A body cut off mid-transfer does not end with the bracket that closes what it opened.
    const last = body.trimEnd().at(-1);
    if (last !== '}' && last !== ']') throw new FeedError('truncated', body[0] === '[' ? ']' : '}');
    throw new FeedError('malformed', (err as Error).message);
  }
}

/** The publisher's plain text first, then its HTML converted, then the summary. */
function itemText(item: Json): string {
  const text = str(item.content_text);
  const html = str(item.content_html);
  const summary = str(item.summary);
  return (text && tidyText(text)) || (html && htmlToText(html)) || (summary && tidyText(summary)) || '';
}

function readItem(item: Json, base: string | null): FeedItem {
  const id = item.id;
  return {
    title: plainTitle(str(item.title) ?? ''),
    link: absoluteLink(str(item.url), base) ?? absoluteLink(str(item.external_url), base),
    published: firstFeedDate([str(item.date_published), str(item.date_modified)]),
    text: itemText(item),
    // 1.0 feeds often wrote numeric ids; 1.1 says string, and the store compares strings.
    guid: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
  };
}

/** `body` starts with `{` or `[`. */
export function readJsonFeed(body: string, documentUrl: string | null): ParsedFeed {
  const data = parseJson(body);
  const looksLikeFeed = isObject(data) && ((typeof data.version === 'string' && VERSION.test(data.version)) || Array.isArray(data.items));
  if (!looksLikeFeed) throw new FeedError('unknown_format', 'JSON');
  const feedUrl = absoluteLink(str(data.feed_url), documentUrl);
  const link = absoluteLink(str(data.home_page_url), documentUrl ?? feedUrl);
  const items = Array.isArray(data.items) ? data.items.filter(isObject) : [];
  return {
    kind: 'json',
    title: plainTitle(str(data.title) ?? ''),
    link,
    items: items.map((item) => readItem(item, documentUrl ?? feedUrl ?? link)),
  };
}
