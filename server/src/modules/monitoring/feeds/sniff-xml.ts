/**
 * What an XML-looking body is before it is parsed: a web page, a document cut off, or a document
 * with a root element. fast-xml-parser is lenient and returns whatever it read from a body cut off
 * mid-transfer, so truncation is checked here, and a half-read feed is reported as such rather than
 * stored as a feed with fewer items.
 */

export type XmlShape =
  | { kind: 'html' }
  /** `expected` is the end tag that never came (`</rss>`), or `<…>` when even the root never started. */
  | { kind: 'cut'; expected: string }
  | { kind: 'no_root' }
  /** `root` is lower-cased, with any prefix: `rss`, `rdf:rdf`, `feed`, `atom:feed`. */
  | { kind: 'xml'; root: string };

const HTML_ROOTS = new Set(['html', 'head', 'body']);
const START_TAG = /^<([A-Za-z_][\w.:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/;

const indexAfter = (text: string, token: string, from: number) => {
  const i = text.indexOf(token, from);
  return i < 0 ? -1 : i + token.length;
};

/** The end of a DOCTYPE, whose internal subset (`[ … ]`, where entities are declared) may contain '>'. */
function doctypeEnd(text: string, at: number): number {
  const close = text.indexOf('>', at);
  const bracket = text.indexOf('[', at);
  if (bracket < 0 || (close >= 0 && close < bracket)) return close < 0 ? -1 : close + 1;
  const subsetEnd = indexAfter(text, ']', bracket);
  return subsetEnd < 0 ? -1 : indexAfter(text, '>', subsetEnd);
}

/** Skips what may precede the root: the XML declaration, processing instructions, comments, a DOCTYPE. Null when it is cut off. */
function skipProlog(text: string): { at: number; doctype: string } | null {
  let at = 0;
  let doctype = '';
  for (;;) {
    while (at < text.length && /\s/.test(text[at])) at++;
    let end: number;
    if (text.startsWith('<?', at)) end = indexAfter(text, '?>', at);
    else if (text.startsWith('<!--', at)) end = indexAfter(text, '-->', at);
    else if (text.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') {
      end = doctypeEnd(text, at);
      doctype = text.slice(at, end);
    } else return at < text.length ? { at, doctype } : null;
    if (end < 0) return null;
    at = end;
  }
}

/** Drops comments and processing instructions after the root, which some generators append. */
function withoutTrailer(text: string): string {
  let end = text.trimEnd();
  for (;;) {
    const opener = end.endsWith('-->') ? '<!--' : end.endsWith('?>') ? '<?' : null;
    const start = opener ? end.lastIndexOf(opener) : -1;
    if (start < 0) return end;
    end = end.slice(0, start).trimEnd();
  }
}

export function sniffXml(text: string): XmlShape {
  const prolog = skipProlog(text);
  if (!prolog) return { kind: 'cut', expected: '<…>' };
  if (/^<!DOCTYPE\s+html/i.test(prolog.doctype)) return { kind: 'html' };
  const start = START_TAG.exec(text.slice(prolog.at, prolog.at + 16_384));
  if (!start) return { kind: 'no_root' };
  const root = start[1].toLowerCase();
  if (HTML_ROOTS.has(root)) return { kind: 'html' };
  const closesItself = start[2] === '/';
  const tail = withoutTrailer(text).slice(-(root.length + 64)).toLowerCase();
  const complete = closesItself || new RegExp(`</${root.replace(/\./g, '\\.')}\\s*>$`).test(tail);
  return complete ? { kind: 'xml', root } : { kind: 'cut', expected: `</${start[1]}>` };
}
