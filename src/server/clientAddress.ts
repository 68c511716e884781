import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** "[v6 with zone]:port" at its longest, with room to spare. */
const MAX_ADDRESS_CHARS = 80;

/** Proxies (Azure Application Gateway among them) may forward "IP:port" or "[v6]:port": the port is not the client. */
function withoutPort(address: string): string {
  // No address with a port is longer (length first, before any pattern: issue 23); a longer one is no address.
  if (address.length > MAX_ADDRESS_CHARS) return address;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4?.[1] ?? address;
}

/** Whatever is not an address is one shared key, so varying it gains nothing. */
const NOT_AN_ADDRESS = 'invalid-forwarded-address';

/**
 * The client a request comes from, as the key rate limits count by. Behind `trustedHops` proxies (TRUST_PROXY_HOPS)
 * the address is taken from X-Forwarded-For, counting that many entries in from the right (entries further left
 * are whatever the client claimed, and are ignored); with 0 it is the connection's own address. An IPv6 address
 * is grouped by its /64, which one home or device is usually given whole.
 */
export function clientKey(req: IncomingMessage, trustedHops: number): string {
  const address = withoutPort(proxyaddr(req, (_address, hop) => hop < trustedHops).trim());
  if (!ipaddr.isValid(address)) return NOT_AN_ADDRESS;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
