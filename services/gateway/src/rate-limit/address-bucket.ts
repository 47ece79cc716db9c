import ipaddr from 'ipaddr.js';

// A proxy may write the client's port in X-Forwarded-For: `1.2.3.4:5678`, `[2001:db8::1]:443`
// (RFC 7239 5.2 spells node names so; `[…]` without a port too). An IPv6 address without
// brackets is left whole, as its colons are not a port's.
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;
const BRACKETED = /^\[([^\]]+)\](?::\d{1,5})?$/;

/**
 * The client address a per-address limit counts: an IPv4 address as it is (an IPv4-mapped
 * IPv6 address, `::ffff:a.b.c.d`, as its IPv4), an IPv6 address as its network of
 * `ipv6PrefixLength` bits (`2001:db8:1:2::/64`), since one subscriber usually holds a whole
 * /64 (RFC 6177). A port or brackets around the address are dropped first. Anything else (no
 * address: the socket already closed) is `unknown`.
 */
export function addressBucket(address: string | undefined, ipv6PrefixLength: number): string {
  const bare = address && withoutPort(address.trim());
  if (!bare || !ipaddr.isValid(bare)) return 'unknown';
  const parsed = ipaddr.process(bare);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/${ipv6PrefixLength}`);
  return `${network.toString()}/${ipv6PrefixLength}`;
}

function withoutPort(address: string): string {
  return (IPV4_WITH_PORT.exec(address) ?? BRACKETED.exec(address))?.[1] ?? address;
}
