// A visitor's search, as the search page runs it: counted against the client's rate limit first, and a
// database too busy to answer in time (a burst, a statement past the timeout) becomes a message rather
// than an error page.
import "server-only";
import { searchPapers } from "@/lib/data/search";
import { LOAD_LIMITS, searchIpKey, tryAgainIn, unlessBusy } from "@/lib/load-limits";
import { consume } from "@/lib/rate-limit";
import { requestIp } from "@/lib/request-ip";

export type SearchOutcome =
  ({ kind: "results" } & Awaited<ReturnType<typeof searchPapers>>) | { kind: "refused"; message: string };

const TOO_SLOW = "That search couldn't be answered in time. Try again in a moment, or use more specific words.";

export function runSearch(q: string, page: number): Promise<SearchOutcome> {
  return unlessBusy<SearchOutcome>(
    async () => {
      const limit = await consume(searchIpKey(await requestIp()), LOAD_LIMITS.searchPerIp);
      if (!limit.allowed) {
        return { kind: "refused", message: `Too many searches from your network. ${tryAgainIn(limit.retryAfterMs)}` };
      }
      return { kind: "results", ...(await searchPapers(q, page)) };
    },
    () => ({ kind: "refused", message: TOO_SLOW }),
  );
}
