// What a keyword query means to PostgreSQL. websearch_to_tsquery never fails, but a query made only of
// stop words or punctuation ("the", "&|!():*") becomes an empty tsquery that matches nothing — worth
// telling the person rather than saving a topic that can never have papers.
import { db } from "@/lib/db";

export async function queryHasTerms(query: string) {
  const [row] = await db.$queryRaw<{ terms: number }[]>`
    SELECT numnode(websearch_to_tsquery('english', ${query}))::int AS terms`;
  return (row?.terms ?? 0) > 0;
}

export const EMPTY_QUERY_MESSAGE = "Those words are too common to match anything. Try more specific keywords.";
