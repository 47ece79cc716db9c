import ipaddr from 'ipaddr.js';

/**
 * The client address a per-address limit counts: an IPv4 address as it is (an IPv4-mapped
 * IPv6 address, `::ffff:a.b.c.d`, as its IPv4), an IPv6 address as its network of
 * `ipv6PrefixLength` bits (`2001:db8:1:2::/64`), since one subscriber usually holds a whole
 * /64 (RFC 6177). Anything else (no address: the socket already closed) is `unknown`.
 */
export function addressBucket(address: string | undefined, ipv6PrefixLength: number): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/${ipv6PrefixLength}`);
  return `${network.toString()}/${ipv6PrefixLength}`;
}
