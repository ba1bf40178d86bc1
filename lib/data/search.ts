// Full-text search over papers: PostgreSQL's websearch syntax (quoted phrases, `or`, `-word`) against the
// generated, GIN-indexed `search` column (title weighted A, abstract B). The user's text only ever reaches
// SQL as a bound parameter (searchSql below, which the benchmark times too).
import "server-only";
import { withCardDetails } from "@/lib/data/cards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_RESULTS_PER_PAGE, pageCountOf, pageWindow } from "@/lib/validations/pagination";

// ts_headline wraps matches in these. Its output is paper text, so it is never parsed as HTML: control
// characters that cannot occur in a title or abstract (they are stripped below) mark the matches, and
// app/search/_components/highlighted.tsx turns them into <mark> elements.
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2`;

/** The most matches a search ranks, or a topic preview counts: the 1,000 newest (see searchSql). */
export const MATCH_CAP = 1000;

/**
 * One page of a search: the MATCH_CAP newest papers matching `q` are the candidates, ranked by ts_rank_cd,
 * then newest, then id; `total` is how many candidates there were, MATCH_CAP + 1 meaning "more". Ranking
 * every match instead costs a second of CPU per broad query at 100k papers ("model" matches most of
 * them), which a few dozen visitors can multiply into an outage. Taking the newest keeps the candidates
 * the walk down the published_at index that the planner picks for a broad query (a narrow one is a GIN
 * bitmap scan, then a sort of its few matches), and newest is what a reader of new papers wants anyway.
 * The query is written out in each place, not in a CTE, so the planner sees its value.
 */
export const searchSql = (q: string, offset: number, limit: number) => Prisma.sql`
  WITH candidates AS MATERIALIZED (
    SELECT p.id, p.search, coalesce(p.published_at, p.created_at) AS sort_date
    FROM papers p
    WHERE p.search @@ websearch_to_tsquery('english', ${q})
    ORDER BY p.published_at DESC, p.id
    LIMIT ${MATCH_CAP + 1}
  ), ranked AS (
    SELECT c.id, c.sort_date, ts_rank_cd(c.search, websearch_to_tsquery('english', ${q})) AS rank,
      count(*) OVER () AS total
    FROM candidates c
    ORDER BY rank DESC, c.sort_date DESC, c.id
    LIMIT ${limit} OFFSET ${offset}
  )
  SELECT p.id, p.published_at AS "publishedAt", p.created_at AS "createdAt", r.total::int AS total,
    ts_headline('english', translate(p.title, ${MARKERS}, ''), websearch_to_tsquery('english', ${q}), ${TITLE_OPTIONS}) AS title,
    ts_headline('english', translate(p.abstract, ${MARKERS}, ''), websearch_to_tsquery('english', ${q}), ${SNIPPET_OPTIONS}) AS snippet
  FROM ranked r JOIN papers p ON p.id = r.id
  ORDER BY r.rank DESC, r.sort_date DESC, r.id`;

/** How many papers match `q`, counting no further than MATCH_CAP + 1. */
export const matchCountSql = (q: string) => Prisma.sql`
  SELECT count(*)::int AS n FROM (
    SELECT 1 FROM papers WHERE search @@ websearch_to_tsquery('english', ${q}) LIMIT ${MATCH_CAP + 1}
  ) m`;

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
  const results = await withCardDetails(rows.map(({ total: _total, ...result }) => result));
  // Past the last page there is no row to carry the count, so ask for it on its own.
  const found = rows[0] ? rows[0].total : page > 1 ? await countMatches(q) : 0;
  const total = Math.min(found, MATCH_CAP);
  return { results, total, more: found > MATCH_CAP, page, pageCount: pageCountOf(total, SEARCH_RESULTS_PER_PAGE) };
}

async function countMatches(q: string) {
  const [row] = await db.$queryRaw<{ n: number }[]>(matchCountSql(q));
  return row?.n ?? 0;
}
