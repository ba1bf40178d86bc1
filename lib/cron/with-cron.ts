// The one guard for /api/cron/* routes. Vercel Cron (and the self-host scheduler) call them with
// `Authorization: Bearer $CRON_SECRET`. Without a configured secret every call is refused, so an unset
// variable can never be matched by `Bearer undefined` or an empty token. The comparison is constant-time:
// both sides are hashed first, so timingSafeEqual always gets equal lengths and the length leaks nothing.
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

type CronOptions = {
  /** Where the secret comes from; lib/env.ts's CRON_SECRET unless a test says otherwise. */
  secret?: () => string | undefined;
  log?: (message: string, error: unknown) => void;
};

// RFC 7235: the scheme is case-insensitive and one or more spaces may follow it; the token has none.
const BEARER = /^bearer +(\S+)$/i;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** True when the Authorization header carries exactly the configured secret. */
export function isAuthorizedCron(header: string | null, secret: string | undefined) {
  if (!secret || !header) return false;
  const token = BEARER.exec(header.trim())?.[1];
  if (!token) return false;
  return timingSafeEqual(sha256(token), sha256(secret));
}

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Wraps a cron job: 401 unless authorized, else the job's result as JSON (500 if it throws, logged). */
export function withCron<T>(job: (request: Request) => Promise<T>, options: CronOptions = {}) {
  const { secret = () => env.CRON_SECRET, log = (message, error) => console.error(message, error) } = options;
  return async (request: Request): Promise<Response> => {
    if (!isAuthorizedCron(request.headers.get("authorization"), secret())) {
      return json({ error: "Unauthorized" }, 401);
    }
    try {
      return json(await job(request), 200);
    } catch (error) {
      log(`cron ${new URL(request.url).pathname} failed:`, error);
      return json({ error: "The job failed; see the server log." }, 500);
    }
  };
}
