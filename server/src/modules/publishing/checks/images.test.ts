import { describe, expect, it } from 'vitest';
import { checkImage } from './images.js';
import { ascii, CLEAN_JPEG, GPS, jpeg, ORIENTATION, ucs2 } from '../../../test/fixtures.js';

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
