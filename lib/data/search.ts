// Full-text search over papers: PostgreSQL's websearch syntax (quoted phrases, `or`, `-word`) against the
// generated, GIN-indexed `search` column (title weighted A, abstract B). The user's text only ever reaches
// SQL as a bound parameter of the $queryRaw template.
import "server-only";
import { db } from "@/lib/db";

export const SEARCH_RESULTS_PER_PAGE = 20;

// ts_headline wraps matches in these. Its output is paper text, so it is never parsed as HTML: control
// characters that cannot occur in a title or abstract (they are stripped below) mark the matches, and
// app/search/_components/highlighted.tsx turns them into <mark> elements.
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2`;

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
 * page stably. A query of only stop words or punctuation parses to an empty tsquery, which matches nothing.
 */
export async function searchPapers(q: string, page: number) {
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE;
  // Rank and count every match, but build headlines (the expensive part) only for the page shown.
  const rows = await db.$queryRaw<(SearchResult & { total: bigint })[]>`
    SELECT p.id, p.published_at AS "publishedAt", p.created_at AS "createdAt", m.total,
           ts_headline('english', translate(p.title, ${MARKERS}, ''), m.query, ${TITLE_OPTIONS}) AS title,
           ts_headline('english', translate(p.abstract, ${MARKERS}, ''), m.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM (
      SELECT p.id, q.query, ts_rank_cd(p.search, q.query) AS rank,
             coalesce(p.published_at, p.created_at) AS sort_date, count(*) OVER () AS total
      FROM papers p, websearch_to_tsquery('english', ${q}) AS q(query)
      WHERE p.search @@ q.query
      ORDER BY rank DESC, sort_date DESC, p.id
      LIMIT ${SEARCH_RESULTS_PER_PAGE} OFFSET ${offset}
    ) m
    JOIN papers p ON p.id = m.id
    ORDER BY m.rank DESC, m.sort_date DESC, m.id`;

  const results = rows.map(({ total: _total, ...result }) => result);
  // Past the last page there is no row to carry the count, so ask for it on its own.
  const total = rows[0] ? Number(rows[0].total) : page > 1 ? await countMatches(q) : 0;
  return { results, total, page, pageCount: Math.max(1, Math.ceil(total / SEARCH_RESULTS_PER_PAGE)) };
}

async function countMatches(q: string) {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM papers WHERE search @@ websearch_to_tsquery('english', ${q})`;
  return Number(row?.total ?? 0);
}
