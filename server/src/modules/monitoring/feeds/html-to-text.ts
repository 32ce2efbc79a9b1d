import { decodeEntities } from './html-entities.js';

/**
 * Feed HTML becomes plain text before anything else sees it: staff read ingested text as text,
 * never as markup, and topics, dedup and sentiment must not match on `<script>` bodies or class
 * names. Written as linear scans rather than an HTML parser, because the input is hostile and
 * large (a 5 MB feed), and no regex here can backtrack over more than one tag.
 */

export interface HtmlToTextOptions {
  /** Titles: one line, so block breaks become spaces. */
  inline?: boolean;
  /** In characters; item text past this adds no signal to matching and only costs memory. */
  maxLength?: number;
}

const MAX_TEXT_LENGTH = 20_000;

/** Content a reader never sees: code, styling, frames, and the "your browser cannot play this" fallbacks. */
const HIDDEN = 'script|style|iframe|noscript|template|object|svg|head|audio|video';
/** Browsers ignore `/>` on these: `<script/>` still opens a script that runs to `</script>`. */
const RAW_TEXT = new Set(['script', 'style']);
const HIDDEN_START = `<!--|<(${HIDDEN})\\b[^<>]*>`;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
/** A tag, its attributes quoted or not; `[^<>"']` keeps a stray `<` from starting a scan to the end of the input. */
const TAG_SOURCE = `<(/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>|<[!?][^<>]*>`;
const TAG = new RegExp(TAG_SOURCE, 'g');
const HAS_TAG = new RegExp(TAG_SOURCE);
/** A line break in the source between two Chinese characters is no space (CSS Text 3 drops it too). */
const CJK_BREAK = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef])[^\S\n]*\n\s*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
/** Chinese paragraphs open with two ideographic spaces (首行缩进): where line breaks were lost, the only paragraph mark left. */
const PARAGRAPH_INDENT = /\u3000{2,}/g;
/** Tags that no one writes as text in a news item: seeing them after one level means a second level of escaping. */
const ESCAPED_MARKUP = /<(?:p|div|br|span|a|img|table|tr|td|li|ul|ol|h[1-6]|b|i|strong|em|script|style|iframe)\b[^<>]*>|<!--/i;
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;

/** Cuts comments and hidden elements with their content; an unclosed one hides the rest, as in a browser. */
function removeHidden(html: string): string {
  const lower = html.toLowerCase();
  // A fresh expression per call: a shared global one would carry lastIndex between calls.
  const start = new RegExp(HIDDEN_START, 'gi');
  let out = '';
  let at = 0;
  for (let m = start.exec(html); m; m = start.exec(html)) {
    out += html.slice(at, m.index);
    const name = m[1]?.toLowerCase();
    if (name && m[0].endsWith('/>') && !RAW_TEXT.has(name)) {
      at = start.lastIndex;
      continue;
    }
    const close = name ? lower.indexOf(`</${name}`, start.lastIndex) : html.indexOf('-->', start.lastIndex);
    if (close < 0) return out;
    const end = name ? html.indexOf('>', close) : close + 2;
    at = end < 0 ? html.length : end + 1;
    start.lastIndex = at;
  }
  return out + html.slice(at);
}

function tagToBreak(_tag: string, _slash: string, name: string | undefined): string {
  if (!name) return '';
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  if (BLOCK.has(local)) return '\n';
  return CELL.has(local) ? ' ' : '';
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never leave half of a surrogate pair (a rare character such as 𠀀) at the end.
  const cut = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, cut).trimEnd();
}

/**
 * Text that is already plain (an Atom `type="text"`, a JSON Feed `content_text`), tidied the way
 * converted HTML is: a line per paragraph, runs of spaces collapsed, invisible characters gone.
 */
export function tidyText(text: string, options: HtmlToTextOptions = {}): string {
  const lines = text
    .replace(INVISIBLE, '')
    .replace(PARAGRAPH_INDENT, '\n')
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return truncate(lines.join(options.inline ? ' ' : '\n'), options.maxLength ?? MAX_TEXT_LENGTH);
}

/** One level of HTML to text, line breaks marked but not yet tidied. */
function unmark(html: string): string {
  const isMarkup = HAS_TAG.test(html) || html.includes('<!--');
  const text = isMarkup ? removeHidden(html).replace(CJK_BREAK, '$1').replace(/\s+/g, ' ').replace(TAG, tagToBreak) : html;
  return decodeEntities(text);
}

/**
 * Plain text from an HTML fragment: hidden elements gone, tags removed, entities decoded, a line
 * per paragraph, list item or `<br>`, runs of spaces collapsed. Text without any tag keeps its own
 * line breaks, since there they are the only paragraph marks.
 *
 * Feeds that escape their HTML twice (`&amp;lt;p&amp;gt;`, common in CMS exports) leave tags as
 * text after one level; those get a second. The cost: an article that quotes a tag as text loses it.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const once = unmark(html);
  return tidyText(ESCAPED_MARKUP.test(once) ? unmark(once) : once, options);
}
