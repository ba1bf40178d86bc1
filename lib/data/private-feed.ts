// Reads of a person's private "For you" feed token. Only its hash is stored, and neither the hash nor
// the token ever leaves the server: pages learn whether a feed exists, the feed route whose it is.
import "server-only";
import { db } from "@/lib/db";
import { hashFeedToken } from "@/lib/feeds/token";

/** The id of the person whose feed this token opens, or null for a token nobody holds (or revoked). */
export async function privateFeedOwner(token: string) {
  const user = await db.user.findUnique({ where: { feedTokenHash: hashFeedToken(token) }, select: { id: true } });
  return user?.id ?? null;
}

/** Whether the person has a private feed (Settings offers to make one or to replace it). */
export async function hasPrivateFeed(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { feedTokenHash: true } });
  return !!user?.feedTokenHash;
}
