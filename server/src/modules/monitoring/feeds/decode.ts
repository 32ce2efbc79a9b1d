import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/**
 * Bytes to text before any parsing: Chinese sources still serve GBK, GB2312 and Big5, and declare
 * them in the HTTP header, the XML declaration or an HTML meta tag, and sometimes declare wrongly.
 */

export type EncodingSource = 'bom' | 'header' | 'xml' | 'meta' | 'detected' | 'default';

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used: utf-8, gb18030, big5, windows-1252, … */
  encoding: string;
  source: EncodingSource;
  /** A declaration the bytes contradicted and that was therefore ignored, e.g. `utf-8` on GBK bytes. */
  ignoredDeclaration?: string;
}

/**
 * Label → encoding, after WHATWG: GB2312 and GBK are decoded as GB18030, their superset (servers
 * that say gb2312 send GBK characters such as 镕), and Latin-1 as windows-1252, as browsers do.
 */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'windows-936': 'gb18030', 'euc-cn': 'gb18030', csgb2312: 'gb18030', 'gb_2312-80': 'gb18030',
  'big5-hkscs': 'big5', 'cn-big5': 'big5', csbig5: 'big5', 'x-x-big5': 'big5', cp950: 'big5',
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', 'iso8859-1': 'windows-1252', cp1252: 'windows-1252',
  // A declaration readable as ASCII cannot be UTF-16 itself; like WHATWG, read the body as UTF-8.
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8', utf16: 'utf-8', unicode: 'utf-8',
};

/** Big5 as browsers read it (WHATWG): with the Hong Kong supplement, so 香港 place names survive. */
const CODEC: Record<string, string> = { big5: 'big5hkscs' };
const MULTIBYTE_LEGACY = new Set(['gb18030', 'big5']);
/** Detection is confined to what Chinese sources send; left open, jschardet reads Portuguese as IBM855. */
const DETECTABLE = ['UTF-8', 'GB2312', 'Big5', 'windows-1252'];
/** jschardet is pure JavaScript (about 4 ms per 16 KB); a prefix of this size decides as well as 5 MB. */
const DETECTION_SAMPLE = 128 * 1024;
/** Where declarations live: the XML declaration at the very start, an HTML meta within the head. */
const PRESCAN = 4096;

function canonical(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(CODEC[name] ?? name) ? name : null;
}

function charsetOfContentType(header: string | undefined): string | undefined {
  return header ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(header)?.[1] : undefined;
}

function xmlDeclared(head: string): string | undefined {
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`. */
function metaDeclared(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)?.[1];
    if (label) return label;
  }
  return undefined;
}

function bomOf(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

type Utf8Verdict = 'invalid' | 'ascii' | 'multibyte';

/** `stream: true` forgives a character cut in half at the end, as a size cap cuts a body. */
function utf8Verdict(bytes: Buffer): Utf8Verdict {
  if (isAscii(bytes)) return 'ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'multibyte';
  } catch {
    return 'invalid';
  }
}

/**
 * A declaration the bytes disprove: UTF-8 over bytes that are not UTF-8, or GBK/Big5 over bytes
 * that are valid UTF-8 with non-ASCII characters (a site moved to UTF-8 and kept its old meta tag).
 */
function contradicts(encoding: string, verdict: Utf8Verdict): boolean {
  if (encoding === 'utf-8') return verdict === 'invalid';
  return MULTIBYTE_LEGACY.has(encoding) && verdict === 'multibyte';
}

function detect(bytes: Buffer, verdict: Utf8Verdict): string {
  if (verdict !== 'invalid') return 'utf-8';
  const guess = jschardet.detect(bytes.subarray(0, DETECTION_SAMPLE), { detectEncodings: DETECTABLE });
  // Bytes that are not UTF-8 and that detection cannot place: GB18030 is the likeliest legacy encoding here.
  return canonical(guess.encoding) ?? 'gb18030';
}

const decode = (bytes: Buffer, encoding: string) => iconv.decode(bytes, CODEC[encoding] ?? encoding);

/**
 * Decodes a body with the first encoding that holds: a byte-order mark, then the HTTP charset,
 * then the XML declaration or HTML meta, then detection. A declaration the bytes contradict is
 * skipped and named in `ignoredDeclaration`, so a source's health record can say it lies.
 */
export function decodeBody(bytes: Buffer, contentTypeHeader?: string): DecodedBody {
  const bom = bomOf(bytes);
  if (bom) return { text: decode(bytes, bom), encoding: bom, source: 'bom' };

  const head = bytes.subarray(0, PRESCAN).toString('latin1');
  const declarations: [EncodingSource, string | undefined][] = [
    ['header', charsetOfContentType(contentTypeHeader)],
    ['xml', xmlDeclared(head)],
    ['meta', metaDeclared(head)],
  ];
  const verdict = utf8Verdict(bytes);
  let ignoredDeclaration: string | undefined;
  const decoded = (encoding: string, source: EncodingSource): DecodedBody => ({
    text: decode(bytes, encoding),
    encoding,
    source,
    ...(ignoredDeclaration ? { ignoredDeclaration } : {}),
  });
  for (const [source, label] of declarations) {
    const encoding = canonical(label);
    if (!encoding) continue;
    if (!contradicts(encoding, verdict)) return decoded(encoding, source);
    ignoredDeclaration ??= encoding;
  }
  return decoded(detect(bytes, verdict), verdict === 'ascii' && !ignoredDeclaration ? 'default' : 'detected');
}
