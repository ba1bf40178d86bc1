// How much work one client may ask of the database: the rate limits on the expensive reads and writes
// (issue 10, "Hardening"). Counted in Postgres by lib/rate-limit.ts, so they hold across servers.
import { isDatabaseBusy } from "@/lib/database/client";
import { env } from "@/lib/env";
import { formatMinutes } from "@/lib/format";
import type { Limit } from "@/lib/rate-limit";

export const LOAD_LIMITS = {
  /** Searches per client IP: paging through results and refining a query stays well under it. */
  searchPerIp: { limit: env.SEARCH_IP_LIMIT, windowMs: 60_000 },
  /** Creates and edits of private topics per user: each one re-matches the topic against every paper. */
  topicWritesPerUser: { limit: 20, windowMs: 10 * 60_000 },
  /** Live previews per user: the form asks once typing pauses, so a minute of steady typing stays under it. */
  topicPreviewsPerUser: { limit: 60, windowMs: 60_000 },
} satisfies Record<string, Limit>;

export const searchIpKey = (ip: string) => `search:ip:${ip}`;
export const topicWriteKey = (userId: string) => `topic-write:user:${userId}`;
export const topicPreviewKey = (userId: string) => `topic-preview:user:${userId}`;

/** "Try again in 40 seconds" / "in 3 minutes", for a limit's retryAfterMs. */
export function tryAgainIn(retryAfterMs: number) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (seconds < 90) return `Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${formatMinutes(minutes)}.`;
}

export const BUSY_MESSAGE = "Paperboy is busy right now. Try again in a moment.";

/**
 * Runs `work`, or answers `busy()` when the database is too busy to do it in time (isDatabaseBusy): a burst
 * that queues up for connections or rate-limit locks gets a refusal it can read, not an error page.
 */
export async function unlessBusy<T, B = T>(work: () => Promise<T>, busy: () => B): Promise<T | B> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseBusy(error)) return busy();
    throw error;
  }
}
