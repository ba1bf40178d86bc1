// A small client for Hugging Face's daily papers listing (huggingface.co/api/daily_papers). One request
// per day's list; server errors, rate limits, timeouts and garbled answers are retried with exponential
// backoff (lib/ingest/retry.ts), other 4xx answers are not (the request itself is wrong). fetch and sleep
// are injectable for tests.
import { parseHfDaily } from "@/lib/ingest/hf-daily";
import { TransientError, fetchText, refusedAs, withRetries } from "@/lib/ingest/retry";
import type { IngestResult } from "@/lib/ingest/types";

export const HF_DAILY_URL = "https://huggingface.co/api/daily_papers";
// The listing pages at 50 by default and serves at most 100; a day's list is rarely longer.
const PAGE_LIMIT = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type HfClientOptions = {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Per request, reading the body included. */
  timeoutMs?: number;
  /** The largest response read; a day's list is well under a megabyte. */
  maxBytes?: number;
  attempts?: number;
  /** Wait before the first retry; it doubles for each further one. */
  backoffMs?: number;
  baseUrl?: string;
};

export class HfFetchError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "HfFetchError";
  }
}

/** The UTC calendar day of `date` as YYYY-MM-DD, the form the listing's `date` parameter takes. */
export function utcDate(date: Date) {
  return date.toISOString().slice(0, 10);
}

export function createHfClient(options: HfClientOptions = {}) {
  const {
    fetch: fetchImpl = (input, init) => fetch(input, init),
    sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    timeoutMs = 30_000,
    maxBytes = 8 * 1024 * 1024,
    attempts = 3,
    backoffMs = 2000,
    baseUrl = HF_DAILY_URL,
  } = options;

  async function request(url: string): Promise<IngestResult> {
    const { status, body } = await fetchText(fetchImpl, url, {
      timeoutMs,
      maxBytes,
      headers: { accept: "application/json" },
    }).catch(refusedAs((message) => new HfFetchError(message)));
    if (status < 200 || status >= 300)
      throw new HfFetchError(`Hugging Face refused the request: HTTP ${status}`, status);
    try {
      return parseHfDaily(body);
    } catch (error) {
      // A proxy's HTML error page arrives with 200 now and then; asking again usually gets the JSON.
      throw new TransientError((error as Error).message, status);
    }
  }

  /** The papers listed for one UTC day (YYYY-MM-DD), or for the latest day when none is given. */
  async function daily(date?: string): Promise<IngestResult> {
    if (date !== undefined && !DATE.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
    const url = new URL(baseUrl);
    if (date) url.searchParams.set("date", date);
    url.searchParams.set("limit", String(PAGE_LIMIT));
    return withRetries(
      { attempts, backoffMs, sleep },
      () => request(url.toString()),
      (last, tried) =>
        new HfFetchError(
          `Hugging Face request failed after ${tried} attempts, last: ${last.message} (${url})`,
          last.status,
          {
            cause: last,
          },
        ),
    );
  }

  return { daily };
}
