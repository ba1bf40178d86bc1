// What a keyword query means to PostgreSQL. websearch_to_tsquery never fails, but a query made only of
// stop words or punctuation ("the", "&|!():*") becomes an empty tsquery that matches nothing — worth
// telling the person rather than saving a topic that can never have papers.
import type { Db } from "@/lib/database/client";

export async function queryHasTerms(db: Pick<Db, "$queryRaw">, query: string) {
  const [row] = await db.$queryRaw<{ terms: number }[]>`
    SELECT numnode(websearch_to_tsquery('english', ${query}))::int AS terms`;
  return (row?.terms ?? 0) > 0;
}

export const EMPTY_QUERY_MESSAGE = "Those words are too common to match anything. Try more specific keywords.";

/** How many papers a query matches, and the newest few: the live preview while writing a topic. */
export async function previewQuery(db: Pick<Db, "$queryRaw">, query: string, limit = 5) {
  const [count] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM papers WHERE search @@ websearch_to_tsquery('english', ${query})`;
  const papers = await db.$queryRaw<{ id: string; title: string }[]>`
    SELECT id, title FROM papers
    WHERE search @@ websearch_to_tsquery('english', ${query})
    ORDER BY published_at DESC NULLS LAST, created_at DESC, id
    LIMIT ${limit}`;
  return { count: count?.n ?? 0, papers };
}
