// Which X-Forwarded-For entry is the client. Every proxy appends the address it got the request from,
// so only the right-hand end of the header is trustworthy: anything to the left of what our own proxies
// added may have been sent by the client itself. `npm start` (scripts/serve.mjs) appends the socket's
// peer as the last entry, so with no proxy in front (trustedProxies 0) the client is the last entry and
// cannot be forged; behind one proxy (nginx, a load balancer: the default, since `npm start` speaks plain
// HTTP) it is the entry that proxy appended, one further left; and so on. On Vercel the header holds just
// the client's address, and as with Express's `trust proxy` = n a shorter chain gives its leftmost entry.

/** The client address from X-Forwarded-For (else X-Real-IP), skipping `trustedProxies` hops from the right. */
export function clientIpFrom(forwardedFor: string | null, realIp: string | null, trustedProxies: number) {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return realIp?.trim() || "unknown";
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}
