import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode.js';
import { feedParseCommand } from './feed-command.js';
import { FeedError } from './feed-error.js';
import type { ParsedFeed } from './feed-model.js';
import { htmlToText } from './html-to-text.js';
import { parseFeed } from './parse-feed.js';

/**
 * The shared feed corpus (PROVENANCE.md): 31 real feeds from rss-parser's tests, 29 of them with the
 * JSON rss-parser extracted, and a GB2312 news.qq.com feed. Read in place, never copied.
 *
 * rss-parser's output is compared where the two mean the same thing. Differences accepted, each
 * a place where rss-parser passes the feed's bytes through and Yuqing must not:
 *  - whitespace: rss-parser keeps a title's surrounding newlines; ours are trimmed and collapsed.
 *  - titles with HTML (craigslist: `&#x0024;4300 … 1930ft<sup>2</sup>` in CDATA): rss-parser keeps
 *    the markup, we give text, so the expected title is read as HTML before comparing.
 *  - ISO-8859-1 feeds (encoding.rss, uolNoticias.rss): rss-parser decoded them as UTF-8 and wrote
 *    U+FFFD for every accented letter; we decode windows-1252, so each U+FFFD matches any one character.
 *  - relative links (gulp-atom.atom): rss-parser leaves `/gulpjs/…`; we resolve them against the
 *    feed's page, so the expected link is resolved the same way before comparing.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const corpora = path.resolve(repoRoot, '../shared/corpora/feeds');
const inputs = path.join(corpora, 'rss-parser-input');
const outputs = path.join(corpora, 'rss-parser-output');

interface Expected {
  title?: string;
  link?: string;
  items: { title?: string; link?: string; isoDate?: string; contentSnippet?: string }[];
}

const readFeed = (file: string) => parseFeed(decodeBody(fs.readFileSync(file)).text);
const expectedOf = (file: string): Expected => JSON.parse(fs.readFileSync(file, 'utf8')).feed;

/** The expected value as a pattern: whitespace collapsed, markup read as text, U+FFFD as any one character. */
function like(expected: string | undefined, asHtml: boolean): RegExp | null {
  if (expected === undefined) return null;
  const text = asHtml ? htmlToText(expected, { inline: true }) : expected.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD/g, '.');
  return new RegExp(`^${pattern}$`, 'u');
}

function matches(actual: string | null, expected: RegExp | null): boolean {
  return expected === null ? actual === null : actual !== null && expected.test(actual);
}

/** Every field rss-parser and we both produce, as a list of disagreements (empty when all agree). */
function disagreements(feed: ParsedFeed, expected: Expected): string[] {
  const out: string[] = [];
  if (feed.items.length !== expected.items.length) out.push(`items: ${feed.items.length} ≠ ${expected.items.length}`);
  if (!matches(feed.title, like(expected.title, true))) out.push(`title: ${feed.title} ≠ ${expected.title}`);
  if (!matches(feed.link, like(expected.link, false))) out.push(`link: ${feed.link} ≠ ${expected.link}`);
  expected.items.forEach((want, i) => {
    const got = feed.items[i];
    if (!got) return;
    const link = want.link && !/^\s*https?:/i.test(want.link) && feed.link ? new URL(want.link.trim(), feed.link).href : want.link;
    if (!matches(got.title, like(want.title, true))) out.push(`[${i}] title: ${got.title} ≠ ${want.title}`);
    if (!matches(got.link, like(link, false))) out.push(`[${i}] link: ${got.link} ≠ ${link}`);
    if (got.published !== (want.isoDate ?? null)) out.push(`[${i}] published: ${got.published} ≠ ${want.isoDate}`);
    // xml2js-options.json was made with xml2js's emptyTag option, which writes "EMPTY" for an empty element.
    if (want.contentSnippet?.trim() && want.contentSnippet !== 'EMPTY' && !got.text) out.push(`[${i}] text: empty, rss-parser found some`);
  });
  return out;
}

describe('the shared feed corpus', () => {
  const files = fs.readdirSync(inputs).sort();

  it('has the feeds PROVENANCE.md lists', () => {
    expect(files).toHaveLength(31);
  });

  it.each(files)('%s parses, or fails with a FeedError', (name) => {
    try {
      const feed = readFeed(path.join(inputs, name));
      for (const item of feed.items) expect(item.text).not.toMatch(/<\/?(p|div|script|br)\b/i);
    } catch (err) {
      expect(err).toBeInstanceOf(FeedError);
    }
  });

  it.each(files.filter((f) => fs.existsSync(path.join(outputs, f.replace(/\.\w+$/, '.json')))))('%s agrees with rss-parser', (name) => {
    const feed = readFeed(path.join(inputs, name));
    expect(disagreements(feed, expectedOf(path.join(outputs, name.replace(/\.\w+$/, '.json')))).slice(0, 5)).toEqual([]);
  });

  it('reads the GB2312 news.qq.com feed as rss-parser did, text included', () => {
    const decoded = decodeBody(fs.readFileSync(path.join(corpora, 'encoding-gb2312.xml')));
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'xml' });
    const feed = parseFeed(decoded.text);
    const expected = expectedOf(path.join(corpora, 'encoding-gb2312.json'));
    expect(feed.title).toBe('新闻国内');
    expect(disagreements(feed, expected)).toEqual([]);
    // Up to whitespace: the feed's 首行缩进 (　　) are paragraph breaks in our text.
    const words = (text = '') => text.replace(/\s+/g, ' ').trim();
    feed.items.forEach((item, i) => expect(words(item.text)).toBe(words(expected.items[i].contentSnippet)));
  });

  it('yuqing feed parse exits 0 or 2 on every file in the corpus folder, never with a stack trace', async () => {
    const all = fs.readdirSync(corpora, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(all.length).toBeGreaterThan(60);
    const codes: Record<string, number> = {};
    for (const entry of all) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      stdout.on('data', (c: Buffer) => out.push(c));
      stderr.on('data', (c: Buffer) => err.push(c));
      const file = path.join(entry.parentPath, entry.name);
      const code = await feedParseCommand(file, { stdout, stderr });
      codes[path.relative(corpora, file)] = code;
      if (code === 0) expect(Object.keys(JSON.parse(Buffer.concat(out).toString()))).toEqual(['title', 'link', 'items']);
      else expect(Buffer.concat(err).toString()).toMatch(/^[^\n]+\n$/);
      expect(Buffer.concat(err).toString()).not.toMatch(/\n\s+at /);
    }
    // The HTML redirect page, the licence and rss-parser's own JSON are not feeds; every feed is read.
    const failed = Object.keys(codes).filter((f) => codes[f] === 2).sort();
    expect(failed.filter((f) => f.startsWith('rss-parser-input'))).toEqual(['rss-parser-input/unrecognized.rss']);
    expect(failed.filter((f) => f.startsWith('rss-parser-output'))).toHaveLength(29);
  });
});
