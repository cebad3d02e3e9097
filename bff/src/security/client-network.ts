import ipaddr from 'ipaddr.js';

/**
 * What a per-address limit counts by: the address for IPv4, and for IPv6 its /64 network. A home
 * line or a phone is given a whole /64 and may use any address in it, so counting by address
 * would give one client millions of fresh limits. An IPv4 address written as IPv6 (::ffff:a.b.c.d,
 * as dual-stack servers report it) counts as that IPv4 address. Anything else is used as it is.
 */
export function clientNetwork(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${network.join(':')}::/64`;
}
