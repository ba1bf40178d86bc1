// Full-text search over papers: PostgreSQL's websearch syntax (quoted phrases, `or`, `-word`) against the
// generated, GIN-indexed `search` column (title weighted A, abstract B). The user's text only ever reaches
// SQL as a bound parameter (searchSql in lib/data/queries.ts, which the benchmark times too).
import "server-only";
import { MATCH_CAP, matchCountSql, searchSql } from "@/lib/data/queries";
import { db } from "@/lib/db";
import { SEARCH_RESULTS_PER_PAGE, pageCountOf, pageWindow } from "@/lib/validations/pagination";

export { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/data/queries";

export type SearchResult = {
  id: string;
  /** The whole title, matches between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  title: string;
  /** Up to two fragments of the abstract around the matches, marked the same way. */
  snippet: string;
  publishedAt: Date | null;
  createdAt: Date;
};

/**
 * One page of papers matching `q`, best first (ts_rank_cd), then newest, then by id so that equal ranks
 * page stably. Only the MATCH_CAP newest matches are ranked: past that, `total` stops at MATCH_CAP and
 * `more` says there were others. A query of only stop words or punctuation matches nothing.
 */
export async function searchPapers(q: string, page: number) {
  const window = pageWindow(page, SEARCH_RESULTS_PER_PAGE);
  const rows = window
    ? await db.$queryRaw<(SearchResult & { total: number })[]>(searchSql(q, window.skip, window.take))
    : [];
  const results = rows.map(({ total: _total, ...result }) => result);
  // Past the last page there is no row to carry the count, so ask for it on its own.
  const found = rows[0] ? rows[0].total : page > 1 ? await countMatches(q) : 0;
  const total = Math.min(found, MATCH_CAP);
  return { results, total, more: found > MATCH_CAP, page, pageCount: pageCountOf(total, SEARCH_RESULTS_PER_PAGE) };
}

async function countMatches(q: string) {
  const [row] = await db.$queryRaw<{ n: number }[]>(matchCountSql(q));
  return row?.n ?? 0;
}
