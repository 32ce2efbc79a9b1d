import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities.js';
import { htmlToText, tidyText } from './html-to-text.js';

describe('htmlToText', () => {
  it.each<[string, string, string]>([
    ['paragraphs become lines', '<p>第一段。</p><p>第二段。</p>', '第一段。\n第二段。'],
    ['<br> and list items become lines', '通知如下：<br>一、<br/>二、<ul><li>甲</li><li>乙</li></ul>', '通知如下：\n一、\n二、\n甲\n乙'],
    ['inline tags vanish without adding spaces', 'Tom<b>&amp;</b><i>Jerry</i> <a href="/x?a=1&b=2">here</a>', 'Tom&Jerry here'],
    ['table cells are kept apart', '<table><tr><td>投诉</td><td>12</td></tr><tr><td>点赞</td><td>3</td></tr></table>', '投诉 12\n点赞 3'],
    ['a source line break between Chinese characters is no space', '<p>街道办\n  及时回应</p>', '街道办及时回应'],
    ['a source line break between words is one', '<p>public\n   service</p>', 'public service'],
    ['indentation with &emsp; and full-width spaces goes', '<p>&emsp;&emsp;正文</p><p>\u3000\u3000另起</p>', '正文\n另起'],
    ['an attribute may contain ">"', '<img alt="a > b" src="x.png">图', '图'],
    ['a lone "<" is text', 'if a < b then', 'if a < b then'],
    ['text without tags keeps its own line breaks', '第一行\n\n  第二行  ', '第一行\n第二行'],
    ['HTML escaped twice is still read as HTML', '&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Hey&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;/div&gt;', 'Hey'],
    ['a "<" in text is no tag', '&lt;3 and a&lt;b', '<3 and a<b'],
    ['two ideographic spaces open a paragraph', '第一段结束。\u3000\u3000第二段开始。', '第一段结束。\n第二段开始。'],
    ['zero-width and control characters go', 'a\u200bb\u0007c\ufeff', 'abc'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each<[string, string]>([
    ['script', '<p>正文</p><script type="text/javascript">var secret = "<p>not text</p>";</script><p>结尾</p>'],
    ['style', '<style>.a { color: red }</style><p>正文</p><p>结尾</p>'],
    ['iframe and noscript fallbacks', '<iframe src="x">frame fallback</iframe><p>正文</p><noscript>请启用脚本</noscript><p>结尾</p>'],
    ['upper-case and spaced end tags', '<SCRIPT>bad()</SCRIPT ><p>正文</p><Style>x{}</sTyle><p>结尾</p>'],
    ['a comment', '<!-- <p>hidden</p> --><p>正文</p><p>结尾</p>'],
    ['<script/>, which browsers still read as an open script', '<p>正文</p><script/>bad()</script><p>结尾</p>'],
    ['video fallback text', '<p>正文</p><video src="a.mp4">您的浏览器不支持视频播放</video><p>结尾</p>'],
  ])('removes %s with its content', (_name, html) => {
    expect(htmlToText(html)).toBe('正文\n结尾');
  });

  it('lets an unclosed script hide the rest, as a browser does', () => {
    expect(htmlToText('<p>正文</p><script>document.write("<p>x</p>")')).toBe('正文');
  });

  it('joins lines with spaces for titles', () => {
    expect(htmlToText('<p>a</p><p>b</p>', { inline: true })).toBe('a b');
  });

  it('caps the length without splitting a surrogate pair', () => {
    expect(htmlToText('甲乙丙丁', { maxLength: 2 })).toBe('甲乙');
    expect(htmlToText('a𠀀b', { maxLength: 2 })).toBe('a');
  });

  it('is linear on hostile input: 200,000 unclosed tags and quotes', () => {
    const hostile = '<a x="'.repeat(100_000) + '<script '.repeat(100_000);
    const started = performance.now();
    htmlToText(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('decodeEntities', () => {
  it.each<[string, string]>([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&ldquo;回应&rdquo;&hellip;&mdash;&middot;', '“回应”…—·'],
    ['&eacute;&Uuml;&yuml;&nbsp;', 'éÜÿ\u00a0'],
    ['&#20013;&#x6587;&#X4E2D;', '中文中'],
    ['&#150;&#151;', '–—'],
    ['&#0;&#xD800;&#1114112;', '\ufffd\ufffd\ufffd'],
    ['&amp;lt; decodes once', '&lt; decodes once'],
    ['&unknown; AT&T &copy', '&unknown; AT&T &copy'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('tidyText', () => {
  it('leaves markup-looking plain text alone', () => {
    expect(tidyText('  a <b> &amp; c \n\n d ')).toBe('a <b> &amp; c\nd');
  });
});
