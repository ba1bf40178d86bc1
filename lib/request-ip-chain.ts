// Which X-Forwarded-For entry is the client. Every proxy appends the address it got the request from, so
// only the right-hand end of the header is trustworthy: anything to the left of what our own proxies added
// may have been written by the client itself. The chain is walked from the right, skipping the entries
// that are our own proxies (inside TRUSTED_PROXY_CIDRS, like nginx's set_real_ip_from); the first entry
// outside them is the client. With no trusted networks (the default) that is the last entry: the socket's
// peer, which `npm start` (scripts/serve.mjs) appends and no client can forge.
//
// The right-hand end is only ours when something we trust wrote it: serve.mjs, or Vercel's edge, which
// replaces the header with the client's address. Anywhere else (`next dev`, a bare `next start`) a
// client's own header arrives untouched, so every request counts as one shared "unknown" client: the
// limits then hold for everyone together rather than for no one.
import { BlockList, isIP } from "node:net";

export const UNKNOWN_CLIENT = "unknown";

/** Trusted proxy networks, parsed from a list like "10.0.0.0/8, 127.0.0.1, fd00::/8". */
export type TrustedNetworks = { has: (address: string) => boolean };

/** Parses CIDRs (IPv4 or IPv6; a bare address is a single host). Throws a RangeError naming a bad entry. */
export function parseTrustedNetworks(list: string): TrustedNetworks {
  const blocks = new BlockList();
  for (const entry of list.split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const max = family === 6 ? 128 : 32;
    if (
      !family ||
      rest.length ||
      (prefix !== undefined && !/^\d+$/.test(prefix)) ||
      !Number.isInteger(bits) ||
      bits < 0 ||
      bits > max
    ) {
      throw new RangeError(`not an IP network: ${entry}`);
    }
    blocks.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  // BlockList matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against IPv4 networks and the other way round.
  return { has: (address) => isIP(address) !== 0 && blocks.check(address, isIP(address) === 6 ? "ipv6" : "ipv4") };
}

/** One spelling per client: an IPv4-mapped IPv6 peer (::ffff:1.2.3.4, from a dual-stack socket) is 1.2.3.4. */
const canonical = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/**
 * The client address from X-Forwarded-For when `verified` (something we trust wrote its right-hand end),
 * walking from the right past `trusted` proxies; when every entry is a trusted proxy, the leftmost.
 */
export function clientIpFrom(forwardedFor: string | null, trusted: TrustedNetworks, verified: boolean) {
  if (!verified) return UNKNOWN_CLIENT;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const client = chain.findLast((entry) => !trusted.has(entry)) ?? chain[0];
  return client ? canonical(client) : UNKNOWN_CLIENT;
}
