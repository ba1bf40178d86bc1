// What the arXiv and Hugging Face clients share: one HTTP request as text, with the failures worth
// asking again about (a timeout, a dropped connection, 5xx, 429 "slow down") told apart from the ones
// that are not (any other 4xx: the request itself is wrong; a body over the size cap; a redirect to
// another host), and the retry loop with exponential backoff that honours a server's Retry-After.

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

/** An answer we will not read, and asking again would not change: too big, or sent elsewhere. */
export class RefusedResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedResponseError";
  }
}

/** For `.catch`: a RefusedResponseError becomes the client's own error (so ingest reports it as a failed source). */
export const refusedAs =
  (toError: (message: string) => Error) =>
  (error: unknown): never => {
    throw error instanceof RefusedResponseError ? toError(error.message) : error;
  };

/** Redirects followed on the same host (arXiv moves http to https, and paths now and then); never more. */
export const MAX_REDIRECTS = 3;

export type FetchTextOptions = {
  timeoutMs: number;
  /** The longest body read; a longer one is refused, not truncated. */
  maxBytes: number;
  headers?: Record<string, string>;
};

/**
 * GETs `url` and reads the body within `timeoutMs`. Network failures, timeouts, 5xx and 429 throw
 * TransientError; a body over `maxBytes` or a redirect to another host (or from https to http) throws
 * RefusedResponseError; any other status comes back for the caller to judge.
 */
export async function fetchText(
  fetchImpl: typeof fetch,
  url: string,
  { timeoutMs, maxBytes, headers }: FetchTextOptions,
): Promise<TextResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetchOnSameHost(fetchImpl, url, { headers, signal });
    body = await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof RefusedResponseError) throw error;
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new TransientError(timedOut ? `timed out after ${timeoutMs} ms` : `network error: ${String(error)}`);
  }
  const { status } = response;
  if (status >= 500 || status === 429) {
    throw new TransientError(`HTTP ${status}`, status, parseRetryAfter(response.headers.get("retry-after")));
  }
  return { status, body };
}

/** Follows redirects by hand: only to the same host and port, never from https down to http. */
async function fetchOnSameHost(fetchImpl: typeof fetch, url: string, init: RequestInit) {
  const first = new URL(url);
  let current = first;
  for (let redirects = 0; ; redirects++) {
    const response = await fetchImpl(current.toString(), { ...init, redirect: "manual" });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, current);
    if (next.host !== first.host || (current.protocol === "https:" && next.protocol !== "https:")) {
      throw new RefusedResponseError(`refused a redirect from ${first.host} to ${next.protocol}//${next.host}`);
    }
    if (redirects === MAX_REDIRECTS) throw new RefusedResponseError(`more than ${MAX_REDIRECTS} redirects`);
    current = next;
  }
}

/** The body as UTF-8 text, refused as soon as it passes `maxBytes` (declared or actually sent). */
async function readCapped(response: Response, maxBytes: number) {
  const tooBig = () => new RefusedResponseError(`the response is larger than ${maxBytes} bytes`);
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw tooBig();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString("utf8");
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
