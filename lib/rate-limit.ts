// Sliding-window rate limits kept in Postgres, so they hold across server instances. Each attempt
// is a row; per-key transaction locks make check-then-insert atomic, so concurrent requests cannot
// both slip under a limit.
import "server-only";
import { db } from "@/lib/db";

export type Limit = { limit: number; windowMs: number };
/** `full`: the keys that were at their limit, so callers can say which limit it was. */
export type LimitResult = { allowed: true } | { allowed: false; retryAfterMs: number; full: string[] };

/** Rows older than this are no use to any limit (every window is shorter) and are pruned as we go. */
const KEEP_MS = 24 * 60 * 60_000;

/** Counts one attempt against `key` if it is under the limit; an attempt over the limit is not counted. */
export function consume(key: string, limit: Limit): Promise<LimitResult> {
  return consumeAll([[key, limit]]);
}

/**
 * Several limits at once (e.g. per address and per IP): the attempt is counted against every key when
 * each has room, and against none when any is full, so a refused attempt uses up nothing.
 */
export async function consumeAll(limits: [key: string, limit: Limit][]): Promise<LimitResult> {
  for (const [key, { windowMs }] of limits) {
    if (windowMs > KEEP_MS) throw new RangeError(`rate limit ${key}: windows longer than a day are not kept`);
  }
  // Locks in one order (by key), so two requests sharing keys cannot deadlock.
  const keys = [...new Set(limits.map(([key]) => key))].sort();
  return db.$transaction(async (tx) => {
    for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    let retryAfterMs: number | null = null;
    const full: string[] = [];
    for (const [key, { limit, windowMs }] of limits) {
      // The database's clock, not this server's: instances may disagree about the time.
      const recent = await tx.$queryRaw<{ retry_after_ms: number }[]>`
        SELECT (extract(epoch FROM at + make_interval(secs => ${windowMs / 1000}) - now()) * 1000)::float8 AS retry_after_ms
        FROM rate_limit_hits
        WHERE key = ${key} AND at > now() - make_interval(secs => ${windowMs / 1000})
        ORDER BY at ASC LIMIT ${limit}`;
      // Free again when the oldest attempt in the window expires; with several full, the latest of those.
      if (recent.length >= limit) {
        retryAfterMs = Math.max(retryAfterMs ?? 0, Math.ceil(recent[0]!.retry_after_ms));
        full.push(key);
      }
    }
    if (retryAfterMs !== null) return { allowed: false, retryAfterMs: Math.max(0, retryAfterMs), full };
    for (const [key, { windowMs }] of limits) {
      await tx.$executeRaw`INSERT INTO rate_limit_hits (key, at) VALUES (${key}, now())`;
      await tx.$executeRaw`
        DELETE FROM rate_limit_hits WHERE key = ${key} AND at <= now() - make_interval(secs => ${windowMs / 1000})`;
    }
    // Keys that never come back (one-off addresses and IPs) would otherwise keep their rows forever.
    await tx.$executeRaw`DELETE FROM rate_limit_hits WHERE at < now() - make_interval(secs => ${KEEP_MS / 1000})`;
    return { allowed: true };
  });
}
