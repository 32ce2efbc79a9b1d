import crypto from 'node:crypto';
import type { DeliveryFailure, DeliveryKind, OutboundMessage } from './types.js';

/*
 * The wire formats of the robots and the webhook: pure functions of the message, the secret and the
 * clock, so that tests can recompute every signature from what arrived.
 */

export type HttpKind = Exclude<DeliveryKind, 'email'>;

export interface OutboundRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** WeCom refuses markdown content over 4096 bytes; DingTalk and Feishu allow more, but a robot message is a notice, not a report. */
const MAX_CONTENT_BYTES = 4000;

/**
 * Ingested text is untrusted: in a markdown message a post's "[点此](http://…)" would become a link and
 * "<font>" a tag. Markup characters become their full-width forms, which read the same in Chinese text.
 */
const MARKUP = /[[\]<>*_#`~|]/g;
export const plainMarkdown = (s: string) => s.replace(MARKUP, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Cuts at a character boundary so the whole stays within `maxBytes` of UTF-8. */
export function truncateBytes(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s) <= maxBytes) return s;
  let out = '';
  let size = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch);
    if (size + n > maxBytes - 3) break;
    out += ch;
    size += n;
  }
  return `${out}…`;
}

/** A path in the app becomes an address under the public URL; without one it stays out of the message. */
export function absoluteLink(link: string | undefined, publicUrl: string | undefined): string | undefined {
  if (!link) return undefined;
  if (/^https?:\/\//i.test(link)) return link;
  if (!publicUrl) return undefined;
  // App paths start with "/", but Yuqing may be served under a sub-path of the public URL.
  return new URL(link.replace(/^\/+/, ''), publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();
}

/** `heading` wraps the (escaped) title: bold for WeCom, a heading for DingTalk. */
function markdown(message: OutboundMessage, link: string | undefined, heading: (title: string) => string): string {
  // A parenthesis in the address would end the markdown link early.
  const tail = link ? `\n\n[查看详情](${link.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : '';
  const head = `${heading(plainMarkdown(message.title))}\n\n`;
  const room = MAX_CONTENT_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail);
  return `${head}${truncateBytes(plainMarkdown(message.text), room)}${tail}`;
}

/** DingTalk: HMAC-SHA256 keyed with the secret over "timestamp\nsecret" (milliseconds), base64. */
export const dingtalkSign = (timestampMs: string, secret: string) => crypto.createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');

/** Feishu: "timestamp\nsecret" (seconds) is the HMAC-SHA256 key, the message is empty, base64. */
export const feishuSign = (timestampSec: string, secret: string) => crypto.createHmac('sha256', `${timestampSec}\n${secret}`).update('').digest('base64');

/** Generic webhook: hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the target's secret. */
export const webhookSignature = (timestampSec: string, body: string, secret: string) => `sha256=${crypto.createHmac('sha256', secret).update(`${timestampSec}.${body}`).digest('hex')}`;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** The POST one target receives for one message. */
export function httpRequest(kind: HttpKind, target: { url: string; secret: string | null }, message: OutboundMessage, link: string | undefined, now: Date): OutboundRequest {
  const seconds = String(Math.floor(now.getTime() / 1000));
  switch (kind) {
    case 'wecom':
      return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown(message, link, (t) => `**${t}**`) } }) };
    case 'dingtalk': {
      const url = new URL(target.url);
      if (target.secret) {
        const ms = String(now.getTime());
        // URLSearchParams percent-encodes the base64 (+, /, =), which is the URL encoding DingTalk asks for.
        url.searchParams.set('timestamp', ms);
        url.searchParams.set('sign', dingtalkSign(ms, target.secret));
      }
      const title = truncateBytes(message.title, 200);
      return { url: url.toString(), headers: JSON_HEADERS, body: JSON.stringify({ msgtype: 'markdown', markdown: { title, text: markdown(message, link, (t) => `#### ${t}`) } }) };
    }
    case 'feishu': {
      // A post's elements are typed (text, a), so the text needs no escaping.
      const rows: unknown[][] = [[{ tag: 'text', text: truncateBytes(message.text, MAX_CONTENT_BYTES) }]];
      if (link) rows.push([{ tag: 'a', text: '查看详情', href: link }]);
      const signed = target.secret ? { timestamp: seconds, sign: feishuSign(seconds, target.secret) } : {};
      return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify({ ...signed, msg_type: 'post', content: { post: { zh_cn: { title: message.title, content: rows } } } }) };
    }
    case 'webhook': {
      const body = JSON.stringify({ title: message.title, text: message.text, link: link ?? null, sentAt: now.toISOString() });
      const signature: Record<string, string> = target.secret ? { 'x-yuqing-signature': webhookSignature(seconds, body, target.secret) } : {};
      return { url: target.url, headers: { ...JSON_HEADERS, 'x-yuqing-timestamp': seconds, ...signature }, body };
    }
  }
}

const snippet = (body: Buffer) => body.toString('utf8').replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * Whether the platform took the message. Robots answer HTTP 200 even when they refuse (a bad
 * signature, a removed robot, a rate limit), with the reason in errcode/errmsg (WeCom, DingTalk)
 * or code/msg (Feishu; its older answer says StatusCode/StatusMessage).
 */
export function readReply(kind: HttpKind, status: number, body: Buffer): DeliveryFailure | null {
  // The kind, told by its label in the reader's language (failure-text.ts).
  const platform = kind;
  if (status < 200 || status > 299) return { code: 'http_status', params: { status, detail: snippet(body) || '—' } };
  if (kind === 'webhook') return null;
  let reply: Record<string, unknown>;
  try {
    reply = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return { code: 'bad_reply', params: { platform, detail: snippet(body) || '—' } };
  }
  const code = kind === 'feishu' ? (reply.code ?? reply.StatusCode) : reply.errcode;
  const message = kind === 'feishu' ? (reply.msg ?? reply.StatusMessage) : reply.errmsg;
  if (typeof code !== 'number') return { code: 'bad_reply', params: { platform, detail: snippet(body) || '—' } };
  if (code !== 0) return { code: 'platform_error', params: { platform, code, detail: String(message ?? '') } };
  return null;
}
