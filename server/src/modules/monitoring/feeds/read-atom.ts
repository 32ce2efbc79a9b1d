import { firstFeedDate } from './feed-date.js';
import { absoluteLink, baseWithin, MAX_TITLE_LENGTH, type FeedItem, type ParsedFeed } from './feed-model.js';
import { htmlToText, tidyText, type HtmlToTextOptions } from './html-to-text.js';
import { child, childrenNamed, innerMarkup, textContent, textOf, type XmlElement } from './xml-tree.js';

/**
 * Atom 1.0 and its predecessor 0.3. Unlike RSS, Atom says what its text is (`type` text, html or
 * xhtml; 0.3 adds `mode` escaped, base64 or xml), so each text is read as what it says it is:
 * `a &lt;b&gt; c` in a type="text" title is the literal "a <b> c", not a tag to strip.
 */

/** 1.0 names, then 0.3's (issued, created, modified). */
const DATE_ELEMENTS = ['published', 'issued', 'created', 'updated', 'modified'];
/** Links that are not the page itself: the feed, an editing endpoint, a comment thread, a podcast file. */
const NOT_THE_PAGE = new Set(['self', 'edit', 'replies', 'enclosure', 'hub', 'next', 'previous', 'first', 'last', 'related', 'via', 'license']);

type Names = (name: string) => string;

function textConstruct(el: XmlElement | undefined, options: HtmlToTextOptions = {}): string {
  if (!el) return '';
  const type = (el.attrs.type ?? 'text').trim().toLowerCase();
  const mode = el.attrs.mode?.trim().toLowerCase();
  const isHtml = type === 'html' || type === 'xhtml' || type.includes('html');
  // Out-of-line content (`src`) and binary media types carry no text to read.
  if (el.attrs.src !== undefined || !(isHtml || type === 'text' || type.startsWith('text/'))) return '';
  const raw = mode === 'base64' ? Buffer.from(textContent(el), 'base64').toString('utf8') : null;
  if (!isHtml) return tidyText(raw ?? textContent(el), options);
  // html and xhtml alike: the xhtml <div> is serialised back to tags, the escaped html is markup already.
  return htmlToText(raw ?? innerMarkup(el), options);
}

const title = (el: XmlElement | undefined) => textConstruct(el, { inline: true, maxLength: MAX_TITLE_LENGTH }) || null;

/** The page an entry or feed stands for: rel="alternate" (the default), HTML first; then any link that is not plainly something else. */
function pageLink(el: XmlElement, n: Names, base: string | null): string | null {
  const links = childrenNamed(el, n('link'))
    .map((link) => ({ rel: (link.attrs.rel ?? 'alternate').trim().toLowerCase(), type: link.attrs.type?.toLowerCase() ?? '', href: link.attrs.href ?? textOf(link), link }))
    .filter((l) => l.href);
  const alternates = links.filter((l) => l.rel === 'alternate');
  const chosen = alternates.find((l) => l.type.includes('html')) ?? alternates[0] ?? links.find((l) => !NOT_THE_PAGE.has(l.rel));
  return chosen ? absoluteLink(chosen.href, baseWithin(chosen.link.attrs, base)) : null;
}

function readEntry(entry: XmlElement, n: Names, outerBase: string | null): FeedItem {
  const base = baseWithin(entry.attrs, outerBase);
  return {
    title: title(child(entry, n('title'))),
    link: pageLink(entry, n, base),
    published: firstFeedDate(DATE_ELEMENTS.map((name) => textOf(child(entry, n(name))))),
    // The summary when the content is out of line or empty.
    text: textConstruct(child(entry, n('content'))) || textConstruct(child(entry, n('summary'))),
    guid: textOf(child(entry, n('id'))) || null,
  };
}

export function readAtom(root: XmlElement, documentUrl: string | null): ParsedFeed {
  // A feed that binds Atom to a prefix (<atom:feed>) writes every element with it.
  const prefix = root.name.slice(0, root.name.indexOf(':') + 1);
  const n: Names = (name) => prefix + name;
  const base = baseWithin(root.attrs, documentUrl);
  const link = pageLink(root, n, base);
  return {
    kind: 'atom',
    title: title(child(root, n('title'))),
    link,
    // Atom resolves against xml:base or the document's URL; read from a file there is neither, and
    // the feed's own page is the best guess at the site its relative links mean.
    items: childrenNamed(root, n('entry')).map((entry) => readEntry(entry, n, base ?? link)),
  };
}
