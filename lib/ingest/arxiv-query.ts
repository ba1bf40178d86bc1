// Query URLs for the arXiv API. Limits from its user manual: at most 2000 results per call and 30000
// per query in total; paging is by `start` and `max_results`.
export const ARXIV_API_URL = "https://export.arxiv.org/api/query";
export const MAX_PAGE_SIZE = 2000;
export const MAX_TOTAL_RESULTS = 30_000;

export type ArxivSortBy = "relevance" | "lastUpdatedDate" | "submittedDate";
export type ArxivSortOrder = "ascending" | "descending";

export type ArxivPageQuery = {
  searchQuery: string;
  start: number;
  maxResults: number;
  sortBy?: ArxivSortBy;
  sortOrder?: ArxivSortOrder;
};

/** The URL for one page; `maxResults` is capped at the API's 2000 per call. */
export function buildArxivQueryUrl(query: ArxivPageQuery, baseUrl = ARXIV_API_URL) {
  const { searchQuery, start, maxResults, sortBy = "submittedDate", sortOrder = "descending" } = query;
  if (!Number.isInteger(start) || start < 0) throw new RangeError(`start must be a whole number ≥ 0, got ${start}`);
  if (!Number.isInteger(maxResults) || maxResults < 1) {
    throw new RangeError(`maxResults must be a whole number ≥ 1, got ${maxResults}`);
  }
  const url = new URL(baseUrl);
  url.search = new URLSearchParams({
    search_query: searchQuery,
    start: String(start),
    max_results: String(Math.min(maxResults, MAX_PAGE_SIZE)),
    sortBy,
    sortOrder,
  }).toString();
  return url.toString();
}

const CATEGORY = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?$/;

function utcDay(date: Date) {
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

/**
 * `cat:<category> AND submittedDate:[…]` covering `days` whole UTC days up to and including `now`'s,
 * e.g. cs.LG, 2 days, on 2026-11-27: `cat:cs.LG AND submittedDate:[202611260000 TO 202611272359]`.
 */
export function arxivQueryForDays(category: string, days: number, now: Date = new Date()) {
  if (!CATEGORY.test(category)) throw new Error(`Not an arXiv category: ${JSON.stringify(category)}`);
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new RangeError(`days must be a whole number from 1 to 366, got ${days}`);
  }
  if (Number.isNaN(now.getTime())) throw new RangeError("now is not a valid date");
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  return `cat:${category} AND submittedDate:[${utcDay(first)}0000 TO ${utcDay(now)}2359]`;
}
