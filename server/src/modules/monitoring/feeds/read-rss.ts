import { firstFeedDate } from './feed-date.js';
import { absoluteLink, baseWithin, htmlTitle, type FeedItem, type ParsedFeed } from './feed-model.js';
import { htmlToText } from './html-to-text.js';
import { child, childrenNamed, innerMarkup, textOf, type XmlElement } from './xml-tree.js';

/**
 * RSS 0.9x and 2.0 (`<rss><channel><item>`) and RSS 0.90/1.0 (`<rdf:RDF>`, where the items stand
 * beside the channel): one reader, since their items are the same elements in different places.
 */

/** Publication first; a modification date is better than none. */
const DATE_ELEMENTS = ['pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'published', 'dcterms:modified', 'updated'];
/** The full article first; many feeds put a teaser in description and the body in content:encoded. */
const TEXT_ELEMENTS = ['content:encoded', 'description', 'summary', 'content'];

/** `<link>` holds the URL as text; some feeds write `<link href="…"/>` instead. */
function linkOf(el: XmlElement): string | null {
  for (const link of childrenNamed(el, 'link')) {
    const href = textOf(link) || link.attrs.href?.trim();
    if (href) return href;
  }
  return null;
}

/** The first of `names` whose HTML has any text once converted. */
function firstText(el: XmlElement, names: string[]): string {
  for (const name of names) {
    const found = child(el, name);
    const text = found ? htmlToText(innerMarkup(found)) : '';
    if (text) return text;
  }
  return '';
}

function readItem(item: XmlElement, outerBase: string | null): FeedItem {
  const base = baseWithin(item.attrs, outerBase);
  const guidElement = child(item, 'guid');
  const guid = textOf(guidElement) || item.attrs['rdf:about']?.trim() || null;
  // RSS 2.0: a guid is the item's permanent URL unless it says isPermaLink="false"; feeds that omit
  // the attribute on guids like "12345" are common, so it must be absolute on its own to count.
  const guidIsLink = guidElement !== undefined && guidElement.attrs.ispermalink?.trim().toLowerCase() !== 'false';
  const title = child(item, 'title');
  return {
    title: title ? htmlTitle(innerMarkup(title)) : null,
    link: absoluteLink(linkOf(item), base) ?? (guidIsLink ? absoluteLink(guid, null) : null),
    published: firstFeedDate(DATE_ELEMENTS.map((name) => textOf(child(item, name)))),
    text: firstText(item, TEXT_ELEMENTS),
    guid,
  };
}

export function readRss(root: XmlElement, kind: 'rss' | 'rdf', documentUrl: string | null): ParsedFeed {
  const channel = child(root, 'channel') ?? root;
  const channelBase = baseWithin(channel.attrs, baseWithin(root.attrs, documentUrl));
  const link = absoluteLink(linkOf(channel), channelBase);
  const title = child(channel, 'title');
  // Items sit in the channel (RSS 2.0) or beside it (RDF); sloppy feeds mix the two.
  const items = channel === root ? childrenNamed(root, 'item') : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  return {
    kind,
    title: title ? htmlTitle(innerMarkup(title)) : null,
    link,
    // Relative item links are relative to the site the channel names, else to where the feed came from.
    items: items.map((item) => readItem(item, link ?? channelBase)),
  };
}
