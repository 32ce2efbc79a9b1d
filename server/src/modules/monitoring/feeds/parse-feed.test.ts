import { describe, expect, it } from 'vitest';
import { FeedError } from './feed-error.js';
import type { FeedErrorCode } from './messages.js';
import { parseFeed } from './parse-feed.js';

const RSS_2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>某区融媒体中心 &amp; 新闻</title>
    <atom:link href="https://news.example.cn/feed.xml" rel="self" type="application/rss+xml"/>
    <link>https://news.example.cn/</link>
    <item>
      <title><![CDATA[街道办回应<b>噪音</b>投诉]]></title>
      <link>/2024/05/noise.html</link>
      <guid isPermaLink="false">noise-2024</guid>
      <author>reporter@example.cn (张记者)</author>
      <dc:creator>张记者</dc:creator>
      <pubDate>Tue, 14 May 2024 09:30:00 +0800</pubDate>
      <description>摘要</description>
      <content:encoded><![CDATA[<p>全文第一段。</p><script>track()</script><p>全文第二段&hellip;</p>]]></content:encoded>
    </item>
    <item>
      <title>Second &amp;amp; last</title>
      <guid>https://news.example.cn/2024/05/second.html</guid>
      <pubDate>not a date</pubDate>
      <dc:date>2024-05-13T08:00:00+08:00</dc:date>
      <description>&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</description>
    </item>
  </channel>
</rss>`;

const RSS_091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://old.example.com</link><description>d</description><language>en</language>
<item><title>One</title><link>http://old.example.com/1</link><description>First item</description></item>
</channel></rss>`;

const RDF_10 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example.org/"><title>RDF site</title><link>http://rdf.example.org/</link>
    <items><rdf:Seq><rdf:li resource="http://rdf.example.org/a"/></rdf:Seq></items></channel>
  <item rdf:about="http://rdf.example.org/a"><title>A</title><link>http://rdf.example.org/a</link><dc:date>2017-06-15T10:29:47-07:00</dc:date><description>Text A</description></item>
  <item rdf:about="http://rdf.example.org/b"><title>B</title><link>http://rdf.example.org/b</link></item>
</rdf:RDF>`;

const RSS_090 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Mozilla Dot Org</title><link>http://www.mozilla.org</link><description>the Mozilla Organization web site</description></channel>
  <item><title>New Status Updates</title><link>http://www.mozilla.org/status/</link></item>
</rdf:RDF>`;

const ATOM_10 = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.cn/">
  <title type="text">a &lt;b&gt; c</title>
  <link rel="self" href="/atom.xml"/>
  <link rel="alternate" type="text/html" href="/"/>
  <id>urn:uuid:feed</id>
  <updated>2024-05-14T10:00:00Z</updated>
  <entry xml:base="posts/">
    <title type="html">&lt;em&gt;HTML&lt;/em&gt; title</title>
    <link rel="replies" href="1/comments"/>
    <link href="1.html"/>
    <id>tag:blog.example.cn,2024:1</id>
    <author><name>王某</name></author>
    <published>2024-05-14T09:00:00+08:00</published>
    <updated>2024-05-14T10:00:00+08:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp;lt; <b>two</b></p><p>three</p></div></content>
  </entry>
  <entry>
    <title>Only updated</title>
    <link rel="alternate" href="https://elsewhere.example.com/2"/>
    <id>tag:blog.example.cn,2024:2</id>
    <updated>2024-05-13T10:00:00Z</updated>
    <content src="https://blog.example.cn/2.pdf" type="application/pdf"/>
    <summary type="html">&lt;p&gt;The summary&lt;/p&gt;</summary>
  </entry>
</feed>`;

const ATOM_03 = `<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Atom 0.3</title>
  <link rel="alternate" type="text/html" href="http://old-atom.example.org/"/>
  <modified>2005-07-31T12:29:29Z</modified>
  <entry>
    <title>Escaped</title>
    <link rel="alternate" type="text/html" href="http://old-atom.example.org/1"/>
    <id>tag:old-atom.example.org,2005:1</id>
    <issued>2005-07-31T12:29:29+08:00</issued>
    <modified>2005-08-01T12:29:29Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Base64</title>
    <id>tag:old-atom.example.org,2005:2</id>
    <modified>2005-08-01T12:29:29Z</modified>
    <content type="text/plain" mode="base64">${Buffer.from('纯文本内容').toString('base64')}</content>
  </entry>
</feed>`;

const PREFIXED_ATOM = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title><atom:link href="https://p.example.org/"/>
<atom:entry><atom:title>E</atom:title><atom:id>e1</atom:id><atom:updated>2024-01-01T00:00:00Z</atom:updated></atom:entry></atom:feed>`;

const JSON_11 = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: '政务公开',
  home_page_url: 'https://gov.example.cn/',
  feed_url: 'https://gov.example.cn/feed.json',
  authors: [{ name: '李某' }],
  items: [
    { id: '1', url: 'https://gov.example.cn/1', title: '通知', content_html: '<p>第一段</p><p>第二段</p>', content_text: '纯文本优先', date_published: '2024-05-14T09:00:00+08:00', authors: [{ name: '李某' }] },
    { id: 2, url: '/2', content_html: '<p>只有 HTML</p><style>p{}</style>', date_modified: '2024-05-14T10:00:00+08:00' },
    { id: '3', external_url: 'https://other.example.com/3', summary: '摘要', title: 42 },
    'not an item',
  ],
});

const JSON_10 = JSON.stringify({
  version: 'https://jsonfeed.org/version/1',
  title: 'One',
  home_page_url: 'https://one.example.org/',
  author: { name: 'Someone' },
  items: [{ id: 7, url: 'https://one.example.org/7', content_text: 'Hi', date_published: '2017-05-17T08:02:12-07:00' }],
});

describe('parseFeed reads every format', () => {
  it('RSS 2.0: content:encoded over description, CDATA titles as text, relative links, guid, dc:date when pubDate is unreadable', () => {
    expect(parseFeed(RSS_2)).toEqual({
      kind: 'rss',
      title: '某区融媒体中心 & 新闻',
      link: 'https://news.example.cn/',
      items: [
        { title: '街道办回应噪音投诉', link: 'https://news.example.cn/2024/05/noise.html', published: '2024-05-14T01:30:00.000Z', text: '全文第一段。\n全文第二段…', guid: 'noise-2024' },
        { title: 'Second & last', link: 'https://news.example.cn/2024/05/second.html', published: '2024-05-13T00:00:00.000Z', text: 'Escaped & HTML', guid: 'https://news.example.cn/2024/05/second.html' },
      ],
    });
  });

  it('RSS 0.91 with its DOCTYPE', () => {
    expect(parseFeed(RSS_091)).toEqual({
      kind: 'rss',
      title: 'Old',
      link: 'http://old.example.com',
      items: [{ title: 'One', link: 'http://old.example.com/1', published: null, text: 'First item', guid: null }],
    });
  });

  it('RSS 1.0 (RDF): items beside the channel, rdf:about as guid', () => {
    const feed = parseFeed(RDF_10);
    expect(feed).toMatchObject({ kind: 'rdf', title: 'RDF site', link: 'http://rdf.example.org/' });
    expect(feed.items).toEqual([
      { title: 'A', link: 'http://rdf.example.org/a', published: '2017-06-15T17:29:47.000Z', text: 'Text A', guid: 'http://rdf.example.org/a' },
      { title: 'B', link: 'http://rdf.example.org/b', published: null, text: '', guid: 'http://rdf.example.org/b' },
    ]);
  });

  it('RSS 0.90 (Netscape RDF)', () => {
    expect(parseFeed(RSS_090)).toMatchObject({ kind: 'rdf', title: 'Mozilla Dot Org', items: [{ title: 'New Status Updates', link: 'http://www.mozilla.org/status/' }] });
  });

  it('Atom 1.0: text types respected, xhtml content, xml:base, the alternate link, summary when content is out of line', () => {
    expect(parseFeed(ATOM_10)).toEqual({
      kind: 'atom',
      title: 'a <b> c',
      link: 'https://blog.example.cn/',
      items: [
        { title: 'HTML title', link: 'https://blog.example.cn/posts/1.html', published: '2024-05-14T01:00:00.000Z', text: 'One &lt; two\nthree', guid: 'tag:blog.example.cn,2024:1' },
        { title: 'Only updated', link: 'https://elsewhere.example.com/2', published: '2024-05-13T10:00:00.000Z', text: 'The summary', guid: 'tag:blog.example.cn,2024:2' },
      ],
    });
  });

  it('Atom 0.3: issued before modified, escaped and base64 content', () => {
    const feed = parseFeed(ATOM_03);
    expect(feed).toMatchObject({ kind: 'atom', title: 'Atom 0.3', link: 'http://old-atom.example.org/' });
    expect(feed.items).toEqual([
      { title: 'Escaped', link: 'http://old-atom.example.org/1', published: '2005-07-31T04:29:29.000Z', text: 'Hello & welcome', guid: 'tag:old-atom.example.org,2005:1' },
      { title: 'Base64', link: null, published: '2005-08-01T12:29:29.000Z', text: '纯文本内容', guid: 'tag:old-atom.example.org,2005:2' },
    ]);
  });

  it('Atom bound to a prefix', () => {
    expect(parseFeed(PREFIXED_ATOM)).toMatchObject({ kind: 'atom', title: 'P', link: 'https://p.example.org/', items: [{ title: 'E', guid: 'e1', published: '2024-01-01T00:00:00.000Z' }] });
  });

  it('JSON Feed 1.1: content_text first, relative urls, fields of the wrong type ignored', () => {
    expect(parseFeed(JSON_11)).toEqual({
      kind: 'json',
      title: '政务公开',
      link: 'https://gov.example.cn/',
      items: [
        { title: '通知', link: 'https://gov.example.cn/1', published: '2024-05-14T01:00:00.000Z', text: '纯文本优先', guid: '1' },
        { title: null, link: 'https://gov.example.cn/2', published: '2024-05-14T02:00:00.000Z', text: '只有 HTML', guid: '2' },
        { title: null, link: 'https://other.example.com/3', published: null, text: '摘要', guid: '3' },
      ],
    });
  });

  it('JSON Feed 1.0', () => {
    expect(parseFeed(JSON_10)).toMatchObject({ kind: 'json', title: 'One', items: [{ guid: '7', text: 'Hi', published: '2017-05-17T15:02:12.000Z' }] });
  });

  it.each([RSS_2, ATOM_10, JSON_11, JSON_10])('never outputs an author (%#)', (feed) => {
    const out = JSON.stringify(parseFeed(feed));
    for (const name of ['张记者', 'reporter@', '王某', '李某', 'Someone']) expect(out).not.toContain(name);
  });
});

describe('parseFeed links', () => {
  const rss = (link: string) => `<rss><channel><title>t</title><item><title>i</title><link>${link}</link></item></channel></rss>`;

  it.each<[string, string | undefined, string | null]>([
    ['javascript:alert(1)', undefined, null],
    ['data:text/html,x', 'https://a.example/', null],
    ['/relative', undefined, null],
    ['/relative', 'https://feeds.example/x.xml', 'https://feeds.example/relative'],
    ['  https://kept.example/as written?a=1&amp;b=2  ', undefined, 'https://kept.example/as written?a=1&b=2'],
  ])('%j from %s', (link, documentUrl, expected) => {
    expect(parseFeed(rss(link), { documentUrl }).items[0].link).toBe(expected);
  });

  it('takes a guid as the link only when it is an absolute URL', () => {
    const guids = `<rss><channel><link>https://site.example/</link>
      <item><guid>12345</guid></item><item><guid>https://site.example/a</guid></item><item><guid isPermaLink="false">https://site.example/b</guid></item></channel></rss>`;
    expect(parseFeed(guids).items.map((i) => [i.guid, i.link])).toEqual([
      ['12345', null],
      ['https://site.example/a', 'https://site.example/a'],
      ['https://site.example/b', null],
    ]);
  });
});

describe('parseFeed errors', () => {
  it.each<[string, string, FeedErrorCode]>([
    ['an empty body', ' \n\ufeff ', 'empty'],
    ['plain text', '服务器繁忙，请稍后再试', 'not_xml_or_json'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>首页</title></head><body><p>欢迎</p></body></html>', 'html_page'],
    ['an HTML fragment', '<head><title>Moved</title></head><body>here</body>', 'html_page'],
    ['XML cut off after an item', '<rss><channel><title>t</title><item><title>x</title></item>', 'truncated'],
    ['XML cut off inside a tag', '<rss><channel><title>t</ti', 'truncated'],
    ['XML cut off in its declaration', '<?xml version="1.0" enc', 'truncated'],
    ['JSON cut off', '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"', 'truncated'],
    ['broken JSON', '{"version": 1.1,}', 'malformed'],
    ['an unclosed CDATA section', '<rss><channel><description><![CDATA[ x </description></channel></rss>', 'malformed'],
    ['an unclosed attribute quote', '<rss><channel><title lang="zh>t</title></channel></rss>', 'malformed'],
    ['not a start tag', '< rss >', 'not_xml_or_json'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'unknown_format'],
    ['other JSON', '{"data":[1,2,3]}', 'unknown_format'],
    ['a JSON array', '[1,2,3]', 'unknown_format'],
  ])('%s: %s', (_name, body, code) => {
    let thrown: unknown;
    try {
      parseFeed(body);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(FeedError);
    expect((thrown as FeedError).code).toBe(code);
    expect((thrown as FeedError).messageIn('zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('accepts comments and processing instructions after the root', () => {
    expect(parseFeed('<rss><channel><title>t</title></channel></rss>\n<!-- served in 3 ms --><?pi x?>\n').title).toBe('t');
  });

  it('accepts an empty feed', () => {
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toEqual({ kind: 'atom', title: null, link: null, items: [] });
  });
});
