import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/request-ip-chain";

/** The client's IP for rate limiting, as far as our own proxies vouch for it (see clientIpFrom). */
export async function requestIp() {
  const verified = env.PAPERBOY_PEER_APPENDED === "1" || env.VERCEL === "1";
  return clientIpFrom((await headers()).get("x-forwarded-for"), env.TRUSTED_PROXY_CIDRS, verified);
}
