import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/request-ip-chain";

/** The client's IP for rate limiting, as far as the trusted hops in front of us vouch for it (see clientIpFrom). */
export async function requestIp() {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip"), env.TRUSTED_PROXIES);
}
