import type { Locale } from '@yuqing/common';

/**
 * What a failed feed is called, in Chinese first: the source manager shows these as the health
 * record's "last error in words", and `yuqing feed parse` prints them. `{detail}` and the other
 * placeholders are filled per failure.
 */

type Template = Record<Locale, string>;

export type FeedErrorCode = 'empty' | 'not_xml_or_json' | 'html_page' | 'truncated' | 'malformed' | 'unknown_format';

export const FEED_ERROR_MESSAGES: Record<FeedErrorCode, Template> = {
  empty: { 'zh-CN': '内容为空，没有可解析的订阅源', en: 'the body is empty: there is no feed to parse' },
  not_xml_or_json: { 'zh-CN': '内容既不是 XML 也不是 JSON，不是订阅源', en: 'the body is neither XML nor JSON, so it is not a feed' },
  html_page: {
    'zh-CN': '这是一个网页（HTML），不是 RSS/Atom/JSON 订阅源；可改用“网页监测”方式添加',
    en: 'this is a web page (HTML), not an RSS, Atom or JSON feed; add it as a watched web page instead',
  },
  truncated: {
    'zh-CN': '内容不完整：在 {detail} 之前就结束了，可能传输被中断',
    en: 'the feed is cut off: it ends before {detail}; the transfer may have been interrupted',
  },
  malformed: { 'zh-CN': '格式错误，无法解析：{detail}', en: 'the feed is malformed and cannot be parsed: {detail}' },
  unknown_format: {
    'zh-CN': '无法识别的格式（{detail}），支持 RSS 0.9x/1.0/2.0、Atom 0.3/1.0 和 JSON Feed',
    en: 'unrecognised format ({detail}); RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed are supported',
  },
};

export type CommandErrorCode =
  | 'read_failed'
  | 'bad_url'
  | 'private_address'
  | 'too_large'
  | 'too_many_redirects'
  | 'timeout'
  | 'fetch_failed'
  | 'http_status'
  | 'internal';

/** The edge of `yuqing feed parse`: reading the file or fetching the URL, before any parsing. */
export const COMMAND_ERROR_MESSAGES: Record<CommandErrorCode, Template> = {
  read_failed: { 'zh-CN': '无法读取文件「{target}」（{detail}）', en: 'cannot read "{target}" ({detail})' },
  bad_url: { 'zh-CN': '地址无效：{detail}', en: 'not a usable address: {detail}' },
  private_address: {
    'zh-CN': '拒绝访问内网或本机地址：{detail}',
    en: 'refused to fetch a loopback, private or link-local address: {detail}',
  },
  too_large: { 'zh-CN': '响应过大：{detail}', en: 'the response is too large: {detail}' },
  too_many_redirects: { 'zh-CN': '重定向次数过多：{detail}', en: 'too many redirects: {detail}' },
  timeout: { 'zh-CN': '请求超时：{detail}', en: 'the request timed out: {detail}' },
  fetch_failed: { 'zh-CN': '无法获取「{target}」（{detail}）', en: 'cannot fetch "{target}" ({detail})' },
  http_status: { 'zh-CN': '服务器返回 HTTP {detail}', en: 'the server answered HTTP {detail}' },
  internal: { 'zh-CN': '处理时出现内部错误（{detail}）', en: 'an internal error occurred ({detail})' },
};

export { fillTemplate } from '@yuqing/common';
