import { describe, expect, it } from 'vitest';
import { latestEntryDate } from './feed-freshness.js';

const now = new Date('2026-11-29T04:00:00Z');
const b = (s: string) => Buffer.from(s, 'utf8');

describe('latestEntryDate', () => {
  it.each<[string, Buffer, string | undefined, string | null]>([
    ['RSS 2.0 pubDate, newest wins', b('<rss><channel><item><pubDate>Mon, 23 Nov 2026 08:00:00 +0800</pubDate></item><item><pubDate>Fri, 27 Nov 2026 10:30:00 +0800</pubDate></item></channel></rss>'), undefined, '2026-11-27T02:30:00.000Z'],
    ['Atom updated', b('<feed><entry><updated>2026-11-20T12:00:00Z</updated></entry></feed>'), undefined, '2026-11-20T12:00:00.000Z'],
    ['RDF dc:date', b('<rdf:RDF><item><dc:date>2026-11-01T09:00:00+08:00</dc:date></item></rdf:RDF>'), undefined, '2026-11-01T01:00:00.000Z'],
    ['JSON Feed', b('{"items":[{"date_published":"2026-11-25T00:00:00Z"},{"date_modified":"2026-11-26T00:00:00Z"}]}'), undefined, '2026-11-26T00:00:00.000Z'],
    ['a future date is ignored', b('<rss><item><pubDate>2030-01-01T00:00:00Z</pubDate></item><item><pubDate>2026-11-02T00:00:00Z</pubDate></item></rss>'), undefined, '2026-11-02T00:00:00.000Z'],
    ['a GBK body with ASCII dates', Buffer.concat([Buffer.from([0xb9, 0xfa, 0xbc, 0xd2]), b('<pubDate>2026-11-10T00:00:00Z</pubDate>')]), undefined, '2026-11-10T00:00:00.000Z'],
    ['a page falls back to Last-Modified', b('<html><body>政务公开</body></html>'), 'Tue, 24 Nov 2026 06:00:00 GMT', '2026-11-24T06:00:00.000Z'],
    ['nothing to read', b('<html></html>'), undefined, null],
    ['garbage dates are skipped', b('<pubDate>昨天</pubDate>'), undefined, null],
  ])('%s', (_n, body, lastModified, expected) => expect(latestEntryDate(body, lastModified, now)).toBe(expected));
});
