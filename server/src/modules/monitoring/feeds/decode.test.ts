import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, type DecodedBody } from './decode.js';

/** Long enough for detection to be sure; 镕 is in GBK but not in GB2312, as servers that say gb2312 send it. */
const SIMPLIFIED = '市民反映街道办对噪音投诉推诿不作为，有关部门已经及时回应并着手整改。朱镕基曾经强调乱收费问题必须严肃处理。';
const TRADITIONAL = '市民反映區公所對噪音投訴推諉不作為，有關部門已經及時回應並著手整改。香港與臺灣的媒體也報導了這件事。';

const xml = (decl: string, body: string) => `<?xml version="1.0"${decl}?><rss><channel><title>${body}</title></channel></rss>`;
const html = (meta: string, body: string) => `<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><p>${body}</p></body></html>`;
const bytes = (text: string, encoding: string) => iconv.encode(text, encoding);

describe('decodeBody', () => {
  it.each<[string, Buffer, string | undefined, Partial<DecodedBody>, string]>([
    ['a UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(xml(' encoding="gbk"', SIMPLIFIED), 'utf-8')]), 'text/xml; charset=gbk', { encoding: 'utf-8', source: 'bom' }, SIMPLIFIED],
    ['a UTF-16LE byte-order mark', bytes(`\ufeff${xml('', SIMPLIFIED)}`, 'utf-16le'), undefined, { encoding: 'utf-16le', source: 'bom' }, SIMPLIFIED],
    ['the HTTP charset', bytes(xml('', SIMPLIFIED), 'gbk'), 'application/rss+xml; charset=GBK', { encoding: 'gb18030', source: 'header' }, SIMPLIFIED],
    ['a quoted HTTP charset', bytes(xml('', SIMPLIFIED), 'gbk'), 'text/xml; charset="gb2312"', { encoding: 'gb18030', source: 'header' }, SIMPLIFIED],
    ['the XML declaration (gb2312 read as GB18030, so 镕 survives)', bytes(xml(' encoding="gb2312"', SIMPLIFIED), 'gbk'), 'text/xml', { encoding: 'gb18030', source: 'xml' }, SIMPLIFIED],
    ['a Big5 XML declaration', bytes(xml(" encoding='Big5'", TRADITIONAL), 'big5'), undefined, { encoding: 'big5', source: 'xml' }, TRADITIONAL],
    ['an HTML meta http-equiv', bytes(html('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', SIMPLIFIED), 'gbk'), 'text/html', { encoding: 'gb18030', source: 'meta' }, SIMPLIFIED],
    ['an HTML meta charset', bytes(html('<meta charset=big5>', TRADITIONAL), 'big5'), undefined, { encoding: 'big5', source: 'meta' }, TRADITIONAL],
    ['undeclared GBK, by detection', bytes(xml('', SIMPLIFIED), 'gbk'), undefined, { encoding: 'gb18030', source: 'detected' }, SIMPLIFIED],
    ['undeclared Big5, by detection', bytes(xml('', TRADITIONAL), 'big5'), undefined, { encoding: 'big5', source: 'detected' }, TRADITIONAL],
    ['undeclared UTF-8, by validation', bytes(xml('', SIMPLIFIED), 'utf-8'), undefined, { encoding: 'utf-8', source: 'detected' }, SIMPLIFIED],
    ['ASCII with no declaration', bytes(xml('', 'Plain news'), 'utf-8'), undefined, { encoding: 'utf-8', source: 'default' }, 'Plain news'],
    ['Latin-1 read as windows-1252, as browsers do', bytes(xml(' encoding="ISO-8859-1"', 'Notícias €'), 'windows-1252'), undefined, { encoding: 'windows-1252', source: 'xml' }, 'Notícias €'],
    ['an unknown label, skipped', bytes(xml(' encoding="x-made-up"', SIMPLIFIED), 'gbk'), undefined, { encoding: 'gb18030', source: 'detected' }, SIMPLIFIED],
  ])('decodes by %s', (_name, body, header, expected, text) => {
    const decoded = decodeBody(body, header);
    expect(decoded).toMatchObject(expected);
    expect(decoded.text).toContain(text);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('prefers the HTTP header to the XML declaration', () => {
    const decoded = decodeBody(bytes(xml(' encoding="big5"', SIMPLIFIED), 'gbk'), 'text/xml; charset=gbk');
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'header' });
  });

  describe('a lying declaration', () => {
    it('says UTF-8 over GBK bytes: detection decides and the lie is named', () => {
      const decoded = decodeBody(bytes(xml(' encoding="UTF-8"', SIMPLIFIED), 'gbk'));
      expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'detected', ignoredDeclaration: 'utf-8' });
      expect(decoded.text).toContain(SIMPLIFIED);
    });

    it('says gb2312 over UTF-8 bytes (a site that moved and kept its meta tag)', () => {
      const decoded = decodeBody(bytes(html('<meta charset="gb2312">', SIMPLIFIED), 'utf-8'));
      expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'detected', ignoredDeclaration: 'gb18030' });
      expect(decoded.text).toContain(SIMPLIFIED);
    });

    it('a lying header gives way to a truthful XML declaration', () => {
      const decoded = decodeBody(bytes(xml(' encoding="gbk"', SIMPLIFIED), 'gbk'), 'text/xml; charset=utf-8');
      expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'xml', ignoredDeclaration: 'utf-8' });
    });
  });

  it('forgives a UTF-8 character cut in half at the end, as a size cap cuts a body', () => {
    const body = bytes(xml(' encoding="utf-8"', SIMPLIFIED), 'utf-8');
    const cut = body.subarray(0, body.indexOf(bytes('镕', 'utf-8')) + 2);
    expect(decodeBody(cut)).toMatchObject({ encoding: 'utf-8', source: 'xml' });
  });

  it('decodes the GB18030 four-byte range (rare characters in names)', () => {
    const name = '𠀀𪚥';
    expect(decodeBody(bytes(xml(' encoding="gb18030"', name), 'gb18030')).text).toContain(name);
  });
});
