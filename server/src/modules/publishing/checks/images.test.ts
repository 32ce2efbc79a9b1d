import { describe, expect, it } from 'vitest';
import { checkImage } from './images.js';

/*
 * JPEG files built byte by byte: SOI, an APP1 segment holding "Exif\0\0" and a little-endian TIFF
 * structure (IFD0 with Artist, XPAuthor and a pointer to the GPS IFD), EOI. Nothing else is
 * needed for a reader of metadata, and building them here shows exactly what is being detected.
 */
type Entry = { tag: number; type: number; count: number; data: Buffer };
const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const BYTE = 1;

const ascii = (tag: number, s: string): Entry => ({ tag, type: ASCII, count: s.length + 1, data: Buffer.from(`${s}\0`, 'latin1') });
const ucs2 = (tag: number, s: string): Entry => ({ tag, type: BYTE, count: (s.length + 1) * 2, data: Buffer.from(`${s}\0`, 'utf16le') });
const long = (tag: number, n: number): Entry => ({ tag, type: LONG, count: 1, data: Buffer.from(Uint32Array.of(n).buffer) });
function rationals(tag: number, ...pairs: [number, number][]): Entry {
  const data = Buffer.alloc(pairs.length * 8);
  pairs.forEach(([n, d], i) => {
    data.writeUInt32LE(n, i * 8);
    data.writeUInt32LE(d, i * 8 + 4);
  });
  return { tag, type: RATIONAL, count: pairs.length, data };
}

/** One IFD placed at `offset` in the TIFF: entries, next-IFD pointer 0, then the values too long to sit in an entry. */
function ifd(entries: Entry[], offset: number): Buffer {
  const head = Buffer.alloc(2 + entries.length * 12 + 4);
  head.writeUInt16LE(entries.length, 0);
  const extra: Buffer[] = [];
  let dataAt = offset + head.length;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    head.writeUInt16LE(e.tag, at);
    head.writeUInt16LE(e.type, at + 2);
    head.writeUInt32LE(e.count, at + 4);
    if (e.data.length <= 4) e.data.copy(head, at + 8);
    else {
      head.writeUInt32LE(dataAt, at + 8);
      const padded = e.data.length % 2 ? Buffer.concat([e.data, Buffer.alloc(1)]) : e.data;
      extra.push(padded);
      dataAt += padded.length;
    }
  });
  return Buffer.concat([head, ...extra]);
}

function jpeg(ifd0: Entry[], gps: Entry[] | null): Buffer {
  const tiffHeader = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  const size = (entries: Entry[]) => ifd(entries, 8).length;
  const withPointer = gps ? [...ifd0, long(0x8825, 0)] : ifd0;
  const gpsOffset = 8 + size(withPointer);
  const first = gps ? [...ifd0, long(0x8825, gpsOffset)] : ifd0;
  const tiff = Buffer.concat([tiffHeader, ifd(first, 8), ...(gps ? [ifd(gps, gpsOffset)] : [])]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, Buffer.from([0xff, 0xd9])]);
}

const GPS: Entry[] = [
  { tag: 0x0000, type: BYTE, count: 4, data: Buffer.from([2, 3, 0, 0]) },
  ascii(0x0001, 'N'),
  rationals(0x0002, [34, 1], [15, 1], [558, 10]),
  ascii(0x0003, 'E'),
  rationals(0x0004, [108, 1], [57, 1], [1512, 100]),
];
const ORIENTATION: Entry = { tag: 0x0112, type: SHORT, count: 1, data: Buffer.from([1, 0]) };
const CLEAN_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

describe('checkImage', () => {
  it('blocks a photo with a GPS position and warns about its author, masked', async () => {
    const photo = jpeg([ascii(0x013b, 'Zhang San'), ucs2(0x9c9d, '王小明')], GPS);
    const found = await checkImage(photo, 'photo.jpg');
    expect(found.map((f) => [f.rule, f.severity, f.start, f.end])).toEqual([
      ['image_gps', 'block', 0, 0],
      ['image_author', 'warn', 0, 0],
    ]);
    expect(found[0].text).toBe('photo.jpg（GPS 34°N… 108°E…）');
    expect(found[1].text).toBe('photo.jpg（Artist: Z********; XPAuthor: 王**）');
    const shown = JSON.stringify(found);
    for (const secret of ['34.26', '108.95', 'Zhang', '小明']) expect(shown).not.toContain(secret);
  });

  it.each<[string, Buffer, string[]]>([
    ['GPS without an author', jpeg([ORIENTATION], GPS), ['image_gps']],
    ['an author without GPS', jpeg([ORIENTATION, ascii(0x013b, 'Li Si')], null), ['image_author']],
    ['EXIF with neither (orientation only)', jpeg([ORIENTATION], null), []],
    ['a JPEG without EXIF', CLEAN_JPEG, []],
    ['bytes that are no image', Buffer.from('not an image at all'), []],
  ])('%s', async (_name, buffer, rules) => {
    expect((await checkImage(buffer, 'x.jpg')).map((f) => f.rule)).toEqual(rules);
  });

  it('writes the message in English on request', async () => {
    const [f] = await checkImage(jpeg([ORIENTATION], GPS), 'p.jpg', { locale: 'en' });
    expect(f.message).toBe('The image "p.jpg（GPS 34°N… 108°E…）" carries the GPS position where it was taken: strip the location before publishing');
  });
});
