// Sets (not toggles) one user's upvote on one paper. The primary key on (user_id, paper_id) makes a
// second vote by the same person impossible, and papers.upvote_count is moved by triggers on upvotes
// (the upvote_count_triggers migration) in the same transaction as the row, under the paper's row lock:
// so the count stays exact however many votes arrive at once, and whichever way a vote row goes (this
// statement, an account deleted by cascade).
import type { Db } from "@/lib/database/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type UpvoteState = { upvoted: boolean; count: number };

/** Returns the new state, or null when the paper does not exist. */
export async function setUpvote(
  db: Db,
  userId: string,
  paperId: string,
  upvoted: boolean,
): Promise<UpvoteState | null> {
  await db.$executeRaw(changeUpvoteSql(userId, paperId, upvoted));
  // A second statement: the trigger's change is not visible to the statement that fired it.
  const [row] = await db.$queryRaw<{ count: number }[]>(upvoteCountSql(paperId));
  return row ? { upvoted, count: row.count } : null;
}

/** The vote row inserted or deleted; setting a vote on a paper that does not exist inserts nothing. */
export const changeUpvoteSql = (userId: string, paperId: string, upvoted: boolean) =>
  upvoted
    ? Prisma.sql`
        INSERT INTO upvotes (user_id, paper_id)
        SELECT ${userId}, id FROM papers WHERE id = ${paperId}
        ON CONFLICT DO NOTHING`
    : Prisma.sql`DELETE FROM upvotes WHERE user_id = ${userId} AND paper_id = ${paperId}`;

/** The paper's count as it stands now (no row: no such paper). */
export const upvoteCountSql = (paperId: string) =>
  Prisma.sql`SELECT upvote_count::int AS count FROM papers WHERE id = ${paperId}`;
