import net from 'node:net';

/*
 * Addresses the public cannot reach, or that must never be fetched on a user's behalf: loopback,
 * private (RFC 1918, unique-local), link-local, carrier-grade NAT, "this network", benchmark,
 * documentation, multicast and reserved ranges. IPv4-mapped IPv6 (::ffff:127.0.0.1) is caught too.
 */
const NON_PUBLIC = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32]] as const) {
  NON_PUBLIC.addSubnet(prefix, bits, 'ipv6');
}

/** Host names that only resolve inside an organisation or on the machine itself. */
const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.corp', '.home.arpa'];

/** `host` as URL.hostname gives it: IPv6 in brackets. */
export const bareHost = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

export function isNonPublicAddress(ip: string): boolean {
  const family = net.isIP(ip);
  return family !== 0 && NON_PUBLIC.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** localhost, *.local, and single-label names such as http://oa/ that only an intranet resolves. */
export function isInternalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || !h.includes('.') || INTERNAL_SUFFIXES.some((s) => h.endsWith(s));
}
