// Secrets for private feed URLs (/feeds/for-you/<token>). A token is 32 random bytes (256 bits) in
// base64url; only its SHA-256 is stored, so a leaked database holds no working URL. A salt or a slow
// hash would add nothing: the token is random, not a guessable password.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** Exactly what createFeedToken makes; anything else is refused before the database is asked. */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function hashFeedToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createFeedToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashFeedToken(token) };
}

export function forYouFeedUrl(appUrl: string, token: string) {
  return `${appUrl}/feeds/for-you/${token}`;
}
