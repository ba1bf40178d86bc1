import "server-only";
import { BUSY_MESSAGE, LOAD_LIMITS, topicWriteKey, tryAgainIn, unlessBusy } from "@/lib/load-limits";
import { consume } from "@/lib/rate-limit";

/** Counts one create or edit of a private topic against the user's limit: null if allowed, else why not. */
export function refuseTopicWrite(userId: string) {
  return unlessBusy(
    async () => {
      const limit = await consume(topicWriteKey(userId), LOAD_LIMITS.topicWritesPerUser);
      return limit.allowed ? null : `You've saved a lot of topics lately. ${tryAgainIn(limit.retryAfterMs)}`;
    },
    () => BUSY_MESSAGE,
  );
}
