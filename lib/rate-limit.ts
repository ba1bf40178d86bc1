// Sliding-window rate limits kept in Postgres, so they hold across server instances. Each attempt
// is a row; a per-key transaction lock makes count-then-insert atomic, so concurrent requests cannot
// both slip under the limit.
import "server-only";
import { db } from "@/lib/db";

export type Limit = { limit: number; windowMs: number };
export type LimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Counts one attempt against `key` if it is under the limit; an attempt over the limit is not counted. */
export async function consume(key: string, { limit, windowMs }: Limit): Promise<LimitResult> {
  const windowSeconds = windowMs / 1000;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    // The database's clock, not this server's: instances may disagree about the time.
    const recent = await tx.$queryRaw<{ retry_after_ms: number }[]>`
      SELECT (extract(epoch FROM at + make_interval(secs => ${windowSeconds}) - now()) * 1000)::float8 AS retry_after_ms
      FROM rate_limit_hits
      WHERE key = ${key} AND at > now() - make_interval(secs => ${windowSeconds})
      ORDER BY at ASC LIMIT ${limit}`;
    if (recent.length >= limit) {
      // Free again when the oldest attempt in the window expires.
      return { allowed: false, retryAfterMs: Math.max(0, Math.ceil(recent[0]!.retry_after_ms)) };
    }
    await tx.$executeRaw`INSERT INTO rate_limit_hits (key, at) VALUES (${key}, now())`;
    await tx.$executeRaw`
      DELETE FROM rate_limit_hits WHERE key = ${key} AND at <= now() - make_interval(secs => ${windowSeconds})`;
    return { allowed: true };
  });
}

/** Several limits at once (e.g. per address and per IP): allowed only if every one has room. */
export async function consumeAll(limits: [key: string, limit: Limit][]): Promise<LimitResult> {
  for (const [key, limit] of limits) {
    const result = await consume(key, limit);
    if (!result.allowed) return result;
  }
  return { allowed: true };
}
