// A reader's own state for the papers and topics a (cached, impersonal) page shows, fetched by the browser
// after hydration through GET /api/me. One statement, one round trip: each list is a subselect bounded by
// the ids asked about, so the cost follows the page, not the reader's history.
import "server-only";
import { topicSummarySql, type TopicSummary } from "@/lib/data/topics";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type PersonalState = {
  /** Of the papers asked about: those the reader upvoted… */
  upvoted: string[];
  /** …those they marked "Not interested"… */
  hidden: string[];
  /** …and every one's current upvote count (the page's count may be up to a revalidation old). */
  counts: Record<string, number>;
  /** Of the topics asked about: those the reader follows. */
  following: string[];
  /** Only when asked for: the reader's private topics, as the topics list shows them. */
  ownTopics?: TopicSummary[];
};

export async function getPersonalState(
  userId: string,
  { papers, topics, own }: { papers: string[]; topics: string[]; own: boolean },
): Promise<PersonalState> {
  const ownTopics = own
    ? Prisma.sql`, (SELECT coalesce(json_agg(o ORDER BY o.following DESC, o.name), '[]') FROM (
          ${topicSummarySql(userId)} WHERE t.owner_id = ${userId}) o) AS "ownTopics"`
    : Prisma.empty;
  const [state] = await db.$queryRaw<PersonalState[]>`
    SELECT
      ARRAY(SELECT paper_id FROM upvotes WHERE user_id = ${userId} AND paper_id = ANY(${papers})) AS upvoted,
      ARRAY(SELECT paper_id FROM hidden_papers WHERE user_id = ${userId} AND paper_id = ANY(${papers})) AS hidden,
      (SELECT coalesce(jsonb_object_agg(id, upvote_count), '{}') FROM papers WHERE id = ANY(${papers})) AS counts,
      ARRAY(SELECT topic_id FROM topic_follows WHERE user_id = ${userId} AND topic_id = ANY(${topics})) AS following
      ${ownTopics}`;
  return state!;
}
