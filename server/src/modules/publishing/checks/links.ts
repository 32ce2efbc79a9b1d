import net from 'node:net';
import type { CheckOptions, Finding } from './finding.js';
import { createFinding } from './finding.js';
import { bareHost, isInternalHostName, isNonPublicAddress } from '../../../core/addresses.js';

export interface Link {
  url: string;
  start: number;
  end: number;
}

/**
 * http(s) links in running Chinese text. A link ends at whitespace or at the first non-ASCII
 * character, since Chinese prose follows links without a space (详见https://www.gov.cn/。); trailing
 * ASCII punctuation is sentence punctuation, and a closing bracket only belongs to the link if
 * the link opened one.
 */
export function extractLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>\u0080-\uffff]+/gi)) {
    const raw = m[0];
    const open = raw.split('(').length - 1;
    let close = raw.split(')').length - 1;
    let end = raw.length;
    for (;;) {
      const last = raw[end - 1];
      if ('.,;:!?\'"'.includes(last)) end--;
      else if (last === ')' && close > open) {
        end--;
        close--;
      } else break;
    }
    const url = raw.slice(0, end);
    links.push({ url, start: m.index, end: m.index + url.length });
  }
  return links;
}

/** The link as findings show it: a user name and password are starred out. */
export const displayUrl = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@');

/**
 * What can be said about a link without touching the network: private and loopback addresses and
 * intranet names (block: a broken link for the public and a map of the inside), public IP
 * literals (warn: use the domain) and user:password@ (block: a leaked account).
 */
export function checkLinks(text: string, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const link of extractLinks(text)) {
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      continue;
    }
    const host = bareHost(url.hostname);
    const hasCredentials = Boolean(url.username || url.password);
    const base = { start: link.start, end: link.end, text: displayUrl(link.url) };
    if (hasCredentials) findings.push(createFinding({ ...base, rule: 'link_credentials', severity: 'block' }, options.locale));
    if (isNonPublicAddress(host) || (!net.isIP(host) && isInternalHostName(host))) {
      findings.push(createFinding({ ...base, rule: 'link_private', severity: 'block', detail: host }, options.locale));
    } else if (net.isIP(host)) {
      findings.push(createFinding({ ...base, rule: 'link_ip', severity: 'warn', detail: host }, options.locale));
    }
  }
  return findings;
}
