// What a keyword query means to PostgreSQL. websearch_to_tsquery never fails, but a query made only of
// stop words or punctuation ("the", "&|!():*") becomes an empty tsquery that matches nothing — worth
// telling the person rather than saving a topic that can never have papers.
import type { Db } from "@/lib/database/client";
import { MATCH_CAP, matchCountSql } from "@/lib/data/queries";

export async function queryHasTerms(db: Pick<Db, "$queryRaw">, query: string) {
  const [row] = await db.$queryRaw<{ terms: number }[]>`
    SELECT numnode(websearch_to_tsquery('english', ${query}))::int AS terms`;
  return (row?.terms ?? 0) > 0;
}

export const EMPTY_QUERY_MESSAGE = "Those words are too common to match anything. Try more specific keywords.";

/**
 * How many papers a query matches, and the newest few: the live preview while writing a topic. Counting
 * stops past MATCH_CAP (`more`), so a broad query costs no more than a narrow one.
 */
export async function previewQuery(db: Pick<Db, "$queryRaw">, query: string, limit = 5) {
  const [count] = await db.$queryRaw<{ n: number }[]>(matchCountSql(query));
  const papers = await db.$queryRaw<{ id: string; title: string }[]>`
    SELECT id, title FROM papers
    WHERE search @@ websearch_to_tsquery('english', ${query})
    ORDER BY published_at DESC NULLS LAST, created_at DESC, id
    LIMIT ${limit}`;
  const n = count?.n ?? 0;
  return { count: Math.min(n, MATCH_CAP), more: n > MATCH_CAP, papers };
}
