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
  const [row] = await db.$queryRaw<{ count: number | null }[]>(setUpvoteSql(userId, paperId, upvoted));
  return row?.count == null ? null : { upvoted, count: row.count };
}

/**
 * The vote row inserted or deleted, then the paper's count as the triggers left it, in one round trip (the
 * set_upvote_function migration: a statement cannot see its own trigger's write, a later one in the same
 * function can). Setting a vote on a paper that does not exist inserts nothing and gives a NULL count.
 */
export const setUpvoteSql = (userId: string, paperId: string, upvoted: boolean) =>
  Prisma.sql`SELECT paperboy_set_upvote(${userId}, ${paperId}, ${upvoted}) AS count`;
