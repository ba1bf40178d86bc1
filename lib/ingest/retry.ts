// What the arXiv and Hugging Face clients share: one HTTP request as text, with the failures worth
// asking again about (a timeout, a dropped connection, 5xx, 429 "slow down") told apart from the ones
// that are not (any other 4xx: the request itself is wrong), and the retry loop with exponential backoff
// that honours a server's Retry-After.

/** A failure worth asking again about. `retryAfterMs` is the server's own Retry-After, when it sent one. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "TransientError";
  }
}

/** The longest Retry-After we wait for: a scheduled ingest would rather fail and run again later. */
export const MAX_RETRY_AFTER_MS = 120_000;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always ends in GMT; Date.parse alone would also read "1.5" or "-5" as dates.
  if (!/ GMT$/.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type TextResponse = { status: number; body: string };

/**
 * GETs `url` and reads the body within `timeoutMs`. Network failures, timeouts, 5xx and 429 throw
 * TransientError; any other status comes back for the caller to judge.
 */
export async function fetchText(
  fetchImpl: typeof fetch,
  url: string,
  { timeoutMs, headers }: { timeoutMs: number; headers?: Record<string, string> },
): Promise<TextResponse> {
  let response: Response;
  let body: string;
  try {
    response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new TransientError(timedOut ? `timed out after ${timeoutMs} ms` : `network error: ${String(error)}`);
  }
  const { status } = response;
  if (status >= 500 || status === 429) {
    throw new TransientError(`HTTP ${status}`, status, parseRetryAfter(response.headers.get("retry-after")));
  }
  return { status, body };
}

export type RetryOptions = {
  attempts: number;
  /** Wait before the first retry; it doubles for each further one. */
  backoffMs: number;
  /** Never wait less than this between attempts (arXiv asks for 3 s between requests). */
  minWaitMs?: number;
  sleep: (ms: number) => Promise<void>;
};

/**
 * Runs `attempt` until it succeeds, throws something other than TransientError, or has failed
 * `attempts` times; then `giveUp` turns the last TransientError into the caller's own error.
 */
export async function withRetries<T>(
  { attempts, backoffMs, minWaitMs = 0, sleep }: RetryOptions,
  attempt: () => Promise<T>,
  giveUp: (last: TransientError, attempts: number) => Error,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (n >= attempts) throw giveUp(error, n);
      const backoff = backoffMs * 2 ** (n - 1);
      const asked = Math.min(error.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
      await sleep(Math.max(minWaitMs, backoff, asked));
    }
  }
}
