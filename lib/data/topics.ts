// Reads of topics for pages and route handlers. A topic is visible to a user when it is curated or
// their own; other people's private topics do not exist as far as anyone else can tell.
import "server-only";
import { cache } from "react";
import { withCardDetails } from "@/lib/data/cards";
import { MATCH_CAP, matchCountSql } from "@/lib/data/search";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAPERS_PER_PAGE, pageCountOf, pageWindow } from "@/lib/validations/pagination";

export type TopicSummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  query: string;
  own: boolean;
  followers: number;
  papers: number;
  following: boolean;
};

/** Each topic `t` as a TopicSummary for `userId`; callers add WHERE and ORDER BY. */
const summary = (userId: string | null) => Prisma.sql`
    SELECT t.id, t.slug, t.name, t.description, t.query, (t.owner_id IS NOT NULL) AS own,
      (SELECT count(*)::int FROM topic_follows f WHERE f.topic_id = t.id) AS followers,
      (SELECT count(*)::int FROM paper_topics pt WHERE pt.topic_id = t.id) AS papers,
      EXISTS (SELECT 1 FROM topic_follows f WHERE f.topic_id = t.id AND f.user_id = ${userId}) AS following
    FROM topics t`;

// lib/data/personal.ts builds a reader's own topics from the same SQL.
export { summary as topicSummarySql };

/** Every topic the user can see with follower and paper counts: followed first, then their own, then A–Z. */
export async function listTopics(userId: string | null): Promise<TopicSummary[]> {
  return db.$queryRaw<TopicSummary[]>`
    ${summary(userId)}
    WHERE t.owner_id IS NULL OR t.owner_id = ${userId}
    ORDER BY following DESC, own DESC, t.name`;
}

export type TopicChoice = { id: string; slug: string; name: string };

/** The topics a user can filter by (curated and their own), followed first: names only, no counts. */
export const topicChoicesSql = (userId: string | null) => Prisma.sql`
  SELECT t.id, t.slug, t.name
  FROM topics t
  WHERE t.owner_id IS NULL OR t.owner_id = ${userId}
  ORDER BY EXISTS (SELECT 1 FROM topic_follows f WHERE f.topic_id = t.id AND f.user_id = ${userId}) DESC,
    (t.owner_id IS NOT NULL) DESC, t.name`;

/** The topics for a filter menu, in listTopics' order but without its counts, which cost a scan per topic. */
export async function listTopicChoices(userId: string | null): Promise<TopicChoice[]> {
  return db.$queryRaw<TopicChoice[]>(topicChoicesSql(userId));
}

export const getTopic = cache(async (slug: string, userId: string | null): Promise<TopicSummary | null> => {
  const [topic] = await db.$queryRaw<TopicSummary[]>`
    ${summary(userId)}
    WHERE t.slug = ${slug} AND (t.owner_id IS NULL OR t.owner_id = ${userId})`;
  return topic ?? null;
});

/** A topic's papers, newest first: an indexed join through paper_topics. */
export async function listTopicPapers(topicId: string, total: number, page: number) {
  const window = pageWindow(page, PAPERS_PER_PAGE);
  const papers = window
    ? await db.paper.findMany({
        where: { topics: { some: { topicId } } },
        select: { id: true, title: true, abstract: true, publishedAt: true, createdAt: true },
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
        ...window,
      })
    : [];
  return { papers: await withCardDetails(papers), pageCount: pageCountOf(total, PAPERS_PER_PAGE) };
}

/**
 * How many papers a keyword query matches, and the newest few: the live preview while writing a topic.
 * Counting stops past MATCH_CAP (`more`), so a broad query costs no more than a narrow one.
 */
export async function previewQuery(query: string, limit = 5) {
  const [count] = await db.$queryRaw<{ n: number }[]>(matchCountSql(query));
  const papers = await db.$queryRaw<{ id: string; title: string }[]>`
    SELECT id, title FROM papers
    WHERE search @@ websearch_to_tsquery('english', ${query})
    ORDER BY published_at DESC NULLS LAST, created_at DESC, id
    LIMIT ${limit}`;
  const n = count?.n ?? 0;
  return { count: Math.min(n, MATCH_CAP), more: n > MATCH_CAP, papers };
}
