import "server-only";
import { LOAD_LIMITS, topicWriteKey, tryAgainIn } from "@/lib/load-limits";
import { consume } from "@/lib/rate-limit";

/** Counts one create or edit of a private topic against the user's limit: null if allowed, else why not. */
export async function refuseTopicWrite(userId: string) {
  const limit = await consume(topicWriteKey(userId), LOAD_LIMITS.topicWritesPerUser);
  return limit.allowed ? null : `You've saved a lot of topics lately. ${tryAgainIn(limit.retryAfterMs)}`;
}
