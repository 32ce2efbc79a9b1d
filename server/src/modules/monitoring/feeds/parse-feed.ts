import { FeedError } from './feed-error.js';
import type { ParsedFeed } from './feed-model.js';
import { readAtom } from './read-atom.js';
import { readJsonFeed } from './read-json-feed.js';
import { readRss } from './read-rss.js';
import { sniffXml } from './sniff-xml.js';
import { parseXmlTree, type XmlElement } from './xml-tree.js';

export interface ParseFeedOptions {
  /** Where the feed was fetched from (after redirects): the base of relative links when the feed gives none. */
  documentUrl?: string;
}

/** The parser's words, shortened: its messages can quote a whole line of the input. */
const shorten = (message: string) => (message.length > 160 ? `${message.slice(0, 159)}…` : message);

function parseXml(body: string): XmlElement {
  let root: XmlElement | null;
  try {
    root = parseXmlTree(body);
  } catch (err) {
    throw new FeedError('malformed', shorten(err instanceof Error ? err.message : String(err)));
  }
  if (!root) throw new FeedError('not_xml_or_json');
  return root;
}

/**
 * Reads decoded feed text (see decodeBody) as RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1.
 * Throws only FeedError: empty, not XML or JSON, a web page, cut off, malformed, or XML of
 * another kind.
 */
export function parseFeed(text: string, options: ParseFeedOptions = {}): ParsedFeed {
  const documentUrl = options.documentUrl ?? null;
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new FeedError('empty');
  if (body[0] === '{' || body[0] === '[') return readJsonFeed(body, documentUrl);
  if (body[0] !== '<') throw new FeedError('not_xml_or_json');

  const shape = sniffXml(body);
  if (shape.kind === 'html') throw new FeedError('html_page');
  if (shape.kind === 'cut') throw new FeedError('truncated', shape.expected);
  if (shape.kind === 'no_root') throw new FeedError('not_xml_or_json');

  const root = parseXml(body);
  const local = root.name.slice(root.name.indexOf(':') + 1);
  if (local === 'rss' || local === 'channel') return readRss(root, 'rss', documentUrl);
  if (local === 'rdf') return readRss(root, 'rdf', documentUrl);
  if (local === 'feed') return readAtom(root, documentUrl);
  throw new FeedError('unknown_format', `<${root.name}>`);
}
