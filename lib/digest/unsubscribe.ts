// Turning the digest off (and back on) with the token from an email, no sign-in needed: the token's HMAC
// is the proof (lib/digest/unsubscribe-token.ts). Idempotent: doing it twice leaves the same state.
import "server-only";
import { getDigestSubscription } from "@/lib/data/digests";
import { db } from "@/lib/db";
import { digestSite } from "@/lib/digest/site";
import { verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";

export type TokenSubscription =
  | { valid: false }
  /** `email` is null when the account no longer exists (nothing is sent to it either way). */
  | { valid: true; userId: string; email: string | null; subscribed: boolean; suppressed: boolean };

export function readUnsubscribeToken(token: string) {
  return verifyUnsubscribeToken(digestSite().unsubscribeKey, token);
}

/** Who the token names and whether their digest is on. */
export async function subscriptionByToken(token: string): Promise<TokenSubscription> {
  const named = readUnsubscribeToken(token);
  if (!named) return { valid: false };
  const user = await getDigestSubscription(named.userId);
  return {
    valid: true,
    userId: named.userId,
    email: user?.email ?? null,
    subscribed: user?.digestEnabled ?? false,
    suppressed: Boolean(user?.digestSuppressedAt),
  };
}

/** Turns the digest of the user the token names off (`subscribed: false`) or on; null for a bad token. */
export async function setSubscriptionByToken(token: string, subscribed: boolean) {
  const named = readUnsubscribeToken(token);
  if (!named) return null;
  await db.user.updateMany({ where: { id: named.userId }, data: { digestEnabled: subscribed } });
  return subscriptionByToken(token);
}

/** "a•••@example.com": enough for the owner to recognise, not a full address on a page anyone with the
 *  link can open. */
export function maskEmail(email: string) {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
