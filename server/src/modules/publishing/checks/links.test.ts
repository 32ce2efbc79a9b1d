import { describe, expect, it } from 'vitest';
import { checkLinks, extractLinks } from './links.js';

describe('extractLinks', () => {
  it.each<[string, string, string[]]>([
    ['a link followed by Chinese', '详见https://www.gov.cn/zhengce/content/2016-11/10/content_5130.htm。谢谢', ['https://www.gov.cn/zhengce/content/2016-11/10/content_5130.htm']],
    ['sentence punctuation', 'See http://example.com/a, and http://example.com/b.', ['http://example.com/a', 'http://example.com/b']],
    ['balanced brackets kept', '(see https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['full-width brackets end a link', '（网址：http://www.xa.gov.cn）', ['http://www.xa.gov.cn']],
    ['query and fragment', 'https://a.cn/p?x=1&y=2#top 后', ['https://a.cn/p?x=1&y=2#top']],
    ['upper-case scheme', 'HTTPS://A.CN/', ['HTTPS://A.CN/']],
    ['no scheme, no link', 'www.gov.cn 与 ftp://x.cn', []],
  ])('%s', (_name, text, urls) => expect(extractLinks(text).map((l) => l.url)).toEqual(urls));

  it('points at the link in the text', () => {
    const text = '网址：http://a.cn/x。';
    const [l] = extractLinks(text);
    expect(text.slice(l.start, l.end)).toBe('http://a.cn/x');
  });
});

describe('checkLinks', () => {
  it.each<[string, string, [string, string][]]>([
    ['a private address', 'http://192.168.1.10/oa/login', [['link_private', 'block']]],
    ['loopback with a port', 'http://127.0.0.1:8080/admin', [['link_private', 'block']]],
    ['localhost', 'http://localhost/test', [['link_private', 'block']]],
    ['an intranet name', 'http://oa/portal', [['link_private', 'block']]],
    ['a .local name', 'https://nas.local/share', [['link_private', 'block']]],
    ['link-local', 'http://169.254.169.254/latest/meta-data', [['link_private', 'block']]],
    ['IPv6 loopback', 'http://[::1]/', [['link_private', 'block']]],
    ['IPv6 unique local', 'http://[fd12:3456::1]/', [['link_private', 'block']]],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', [['link_private', 'block']]],
    ['a hex-encoded loopback', 'http://0x7f.1/', [['link_private', 'block']]],
    ['10/8', 'http://10.1.2.3/', [['link_private', 'block']]],
    ['a public IP literal', 'http://202.96.134.133/news', [['link_ip', 'warn']]],
    ['credentials', 'https://admin:Passw0rd@www.example.cn/', [['link_credentials', 'block']]],
  ])('flags %s', (_name, text, expected) => expect(checkLinks(text).map((f) => [f.rule, f.severity])).toEqual(expected));

  it.each([['https://www.gov.cn/'], ['http://www.xa.gov.cn/xxgk/index.html'], ['https://172.32.0.1.example.com/']])('passes %s', (text) => expect(checkLinks(text)).toEqual([]));

  it('never shows the password', () => {
    const [f] = checkLinks('https://admin:Passw0rd@10.0.0.1/');
    expect(f.text).toBe('https://***@10.0.0.1/');
    expect(JSON.stringify(checkLinks('https://admin:Passw0rd@10.0.0.1/'))).not.toContain('Passw0rd');
  });
});
