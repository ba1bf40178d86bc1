import "server-only";
import { headers } from "next/headers";

/**
 * The client's IP for rate limiting: the first X-Forwarded-For hop (set by the proxy or platform in
 * front of us), else X-Real-IP. Behind no proxy a client could forge these; the per-address limit
 * still holds then.
 */
export async function requestIp() {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip")?.trim() || "unknown";
}
