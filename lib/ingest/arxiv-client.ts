// The polite arXiv API client. The API's terms ask for one request at a time and at least 3 seconds
// between requests; server errors, 429, timeouts and garbled answers are retried with exponential backoff
// (lib/ingest/retry.ts), other 4xx answers are not (the request itself is wrong). fetch, the clock, sleep
// and the timeout are injectable for tests.
import { type AtomResult, parseArxivAtom } from "@/lib/ingest/arxiv-atom";
import {
  ARXIV_API_URL,
  type ArxivSortBy,
  type ArxivSortOrder,
  buildArxivQueryUrl,
  MAX_PAGE_SIZE,
  MAX_TOTAL_RESULTS,
} from "@/lib/ingest/arxiv-query";
import { TransientError, fetchText, refusedAs, withRetries } from "@/lib/ingest/retry";
import type { IngestIssue, IngestPaper, IngestTotals } from "@/lib/ingest/types";

export const MIN_REQUEST_INTERVAL_MS = 3000;

export type ArxivClientOptions = {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds on some clock that `sleep` advances; Date.now by default. */
  now?: () => number;
  /** Per request, reading the body included. */
  timeoutMs?: number;
  /** The largest response read; a full page of 2000 entries is a few megabytes. */
  maxBytes?: number;
  attempts?: number;
  /** Wait before the first retry; it doubles for each further one and is never under 3 seconds. */
  backoffMs?: number;
  baseUrl?: string;
};

export type ArxivSearch = {
  searchQuery: string;
  /** Results wanted in total; the API serves at most 30000 per query. */
  maxResults?: number;
  /** Results per request; the API serves at most 2000. */
  pageSize?: number;
  sortBy?: ArxivSortBy;
  sortOrder?: ArxivSortOrder;
};

/** One response. Issue positions count from the first result of the whole search. */
export type ArxivPage = { start: number; totalResults: number; papers: IngestPaper[]; issues: IngestIssue[] };

export class ArxivFetchError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly status: number | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "ArxivFetchError";
  }
}

type Feed = AtomResult & { total: IngestTotals };

export function createArxivClient(options: ArxivClientOptions = {}) {
  const {
    fetch: fetchImpl = (input, init) => fetch(input, init),
    sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    now = Date.now,
    timeoutMs = 60_000,
    maxBytes = 32 * 1024 * 1024,
    attempts = 3,
    backoffMs = 5000,
    baseUrl = ARXIV_API_URL,
  } = options;
  let lastStart = -Infinity;
  let queue: Promise<unknown> = Promise.resolve();

  async function request(url: string, start: number): Promise<Feed> {
    const wait = lastStart + MIN_REQUEST_INTERVAL_MS - now();
    if (wait > 0) await sleep(wait);
    lastStart = now();
    const { status, body } = await fetchText(fetchImpl, url, { timeoutMs, maxBytes }).catch(
      refusedAs((message) => new ArxivFetchError(message, 1)),
    );
    if (status < 200 || status >= 300) {
      // arXiv explains a bad query in an Atom error entry; pass its words on.
      const detail = safeParse(body)?.apiError;
      throw new ArxivFetchError(`arXiv refused the request: HTTP ${status}${detail ? ` (${detail})` : ""}`, 1, status);
    }
    const feed = safeParse(body);
    if (!feed?.total) throw new TransientError("the response is not an arXiv Atom feed with totals", status);
    if (feed.apiError) throw new ArxivFetchError(feed.apiError, 1, status);
    // The API now and then answers a page in the middle of the results with no entries; asking again helps.
    if (feed.entries === 0 && start < feed.total.totalResults) throw new TransientError("an empty page before the end");
    return { ...feed, total: feed.total };
  }

  function fetchPage(url: string, start: number): Promise<Feed> {
    const attempt = () => {
      // Chained so that requests never overlap, even from searches running side by side.
      const current = queue.then(() => request(url, start));
      queue = current.catch(() => undefined);
      return current;
    };
    return withRetries({ attempts, backoffMs, minWaitMs: MIN_REQUEST_INTERVAL_MS, sleep }, attempt, (last, tried) => {
      const message = `arXiv request failed after ${tried} attempts, last: ${last.message} (${url})`;
      return new ArxivFetchError(message, tried, last.status, { cause: last });
    });
  }

  /** Yields one page per request until the totals say the search is exhausted (30000 results at most). */
  async function* pages(search: ArxivSearch): AsyncGenerator<ArxivPage> {
    const limit = Math.min(search.maxResults ?? MAX_TOTAL_RESULTS, MAX_TOTAL_RESULTS);
    const pageSize = Math.min(search.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    let start = 0;
    let totalResults = Infinity;
    while (start < Math.min(totalResults, limit)) {
      const maxResults = Math.min(pageSize, limit - start);
      const url = buildArxivQueryUrl({ ...search, start, maxResults }, baseUrl);
      const feed = await fetchPage(url, start);
      totalResults = feed.total.totalResults;
      const issues = feed.issues.map((issue) => ({ ...issue, position: start + issue.position }));
      yield { start, totalResults, papers: feed.papers, issues };
      start += feed.entries;
    }
  }

  return { pages };
}

function safeParse(body: string) {
  try {
    return parseArxivAtom(body);
  } catch {
    return null;
  }
}
