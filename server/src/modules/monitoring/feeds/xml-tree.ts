import { XMLParser, type ProcessEntitiesOptions } from 'fast-xml-parser';

/**
 * An XML document as a small ordered tree. Feeds need document order (mixed content in Atom's
 * xhtml, raw HTML that a sloppy feed did not escape), which fast-xml-parser keeps only in its
 * `preserveOrder` output; this turns that output into something the format readers can walk.
 * Element and attribute names are lower-cased: feeds in the wild write `pubdate` and `PubDate`.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type RawNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  // Spaces between inline elements are words' boundaries; trimming would glue "One" and "two".
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // No callbacks read paths; building them costs a fifth of the parse.
  jPath: false,
  // Numeric references (&#8217;) are only decoded with HTML entities on, and feeds use &nbsp; anyway.
  htmlEntities: true,
  // Entities a DOCTYPE defines are expanded one level only (no billion laughs) and within these limits;
  // the built-in ones (&amp;, &#8217;) are not counted, or a long feed would trip them.
  // (`appliesTo` is read by fast-xml-parser 5.12 but missing from its types.)
  processEntities: { maxEntityCount: 100, maxEntitySize: 10_000, maxTotalExpansions: 1_000, maxExpandedLength: 100_000, appliesTo: 'external' } as ProcessEntitiesOptions,
});

function toNode(raw: RawNode): XmlNode | null {
  const key = Object.keys(raw).find((k) => k !== ':@');
  if (key === undefined) return null;
  const value = raw[key];
  if (key === '#text') return String(value);
  if (key === '#cdata') return (value as RawNode[]).map((n) => String(n['#text'] ?? '')).join('');
  const attrs: Record<string, string> = {};
  for (const [name, v] of Object.entries((raw[':@'] as Record<string, unknown> | undefined) ?? {})) attrs[name.toLowerCase()] = String(v);
  return { name: key.toLowerCase(), attrs, children: toNodes(value as RawNode[]) };
}

const toNodes = (raw: RawNode[]) => raw.map(toNode).filter((n): n is XmlNode => n !== null);

/**
 * The document's root element. Throws what the parser throws (malformed markup, too deep,
 * entity limits); the caller words that for people.
 */
export function parseXmlTree(text: string): XmlElement | null {
  const nodes = toNodes(parser.parse(text) as RawNode[]);
  return nodes.find((n): n is XmlElement => typeof n !== 'string') ?? null;
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The first child with the first of `names` that occurs: the order of `names` is the order of preference. */
export function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
    if (found) return found;
  }
  return undefined;
}

export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && c.name === name);

/** All text below a node, as a reader of plain text sees it. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Trimmed text of an element that may be absent, '' then. */
export const textOf = (el: XmlElement | undefined) => (el ? textContent(el).trim() : '');

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function serialize(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const name = localName(node.name);
  return `<${name}>${node.children.map(serialize).join('')}</${name}>`;
}

/**
 * The HTML an element carries. Its own text is HTML source already (escaped or CDATA in the feed,
 * decoded once by the parser); child elements are markup the feed left unescaped, or Atom xhtml,
 * and are written back as tags, without attributes since only the text is wanted.
 */
export function innerMarkup(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : serialize(c))).join('');
}
