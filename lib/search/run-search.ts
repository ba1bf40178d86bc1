// A visitor's search, as the search page runs it: counted against the client's rate limit first, and a
// search that runs past the statement timeout becomes a message rather than an error page.
import "server-only";
import { isStatementTimeout } from "@/lib/database/client";
import { searchPapers } from "@/lib/data/search";
import { LOAD_LIMITS, searchIpKey, tryAgainIn } from "@/lib/load-limits";
import { consume } from "@/lib/rate-limit";
import { requestIp } from "@/lib/request-ip";

export type SearchOutcome =
  ({ kind: "results" } & Awaited<ReturnType<typeof searchPapers>>) | { kind: "refused"; message: string };

export async function runSearch(q: string, page: number): Promise<SearchOutcome> {
  const limit = await consume(searchIpKey(await requestIp()), LOAD_LIMITS.searchPerIp);
  if (!limit.allowed) {
    return { kind: "refused", message: `Too many searches from your network. ${tryAgainIn(limit.retryAfterMs)}` };
  }
  try {
    return { kind: "results", ...(await searchPapers(q, page)) };
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return { kind: "refused", message: "That search took too long. Try fewer or more specific words." };
  }
}
