import { htmlToText, tidyText } from './html-to-text.js';

/**
 * What every format reader produces, and the rules they share for titles and links. There is no
 * author field, on purpose: Yuqing watches topics, not persons (DESIGN.md), so a feed's
 * author, dc:creator or JSON Feed `authors` is never read.
 */

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  title: string | null;
  /** Absolute http(s) URL, or null: a relative or `javascript:` link is nothing staff can open. */
  link: string | null;
  /** ISO 8601 in UTC, or null when the feed gives no date that can be read for certain. */
  published: string | null;
  /** Plain text, never HTML: paragraphs on their own lines, capped in length. */
  text: string;
  /** The feed's own identifier (guid, id, rdf:about), which the store uses to recognise an item again. */
  guid: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** A title is a headline, not an article: longer is a feed putting its body in the wrong place. */
export const MAX_TITLE_LENGTH = 500;

/** Titles from RSS carry HTML as often as not (`&amp;#039;`, `<sup>`), so they are read as HTML. */
export const htmlTitle = (html: string) => htmlToText(html, { inline: true, maxLength: MAX_TITLE_LENGTH }) || null;
export const plainTitle = (text: string) => tidyText(text, { inline: true, maxLength: MAX_TITLE_LENGTH }) || null;

/** A link as written when it is already absolute, else resolved against `base`; only http(s) is kept. */
export function absoluteLink(href: string | undefined | null, base: string | null | undefined): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : url.href;
}

/** The base URL inside an element: its xml:base, itself relative to the base around it. */
export function baseWithin(attrs: Record<string, string>, outer: string | null | undefined): string | null {
  const own = attrs['xml:base']?.trim();
  if (!own) return outer ?? null;
  try {
    return new URL(own, outer ?? undefined).href;
  } catch {
    return outer ?? null;
  }
}
