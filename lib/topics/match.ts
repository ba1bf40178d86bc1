// Paper ↔ topic matching with PostgreSQL full text search. Matches are stored in paper_topics, so a
// topic page is an indexed join rather than a scan. A topic's query (web-search syntax) becomes a tsquery
// with websearch_to_tsquery, which accepts any text without error; user text only ever travels as a
// bound parameter. When a topic lists arXiv categories, a paper must carry one of them (papers with no
// categories, like the bundled sample, are judged on their words alone).
import type { Db } from "@/lib/database/client";

type Tx = Pick<Db, "$executeRaw" | "$queryRaw">;

/** Re-matches the given papers against every topic (after they were added or their text changed). */
export async function matchPapers(tx: Tx, paperIds: string[]) {
  if (paperIds.length === 0) return 0;
  await tx.$executeRaw`DELETE FROM paper_topics WHERE paper_id = ANY(${paperIds})`;
  return tx.$executeRaw`
    WITH t AS MATERIALIZED (
      SELECT id, websearch_to_tsquery('english', query) AS q, categories FROM topics
    )
    INSERT INTO paper_topics (topic_id, paper_id)
    SELECT t.id, p.id
    FROM papers p JOIN t ON p.search @@ t.q
    WHERE p.id = ANY(${paperIds})
      AND (cardinality(t.categories) = 0 OR cardinality(p.categories) = 0 OR p.categories && t.categories)`;
}

/** Re-matches one topic against every paper (after it was created or its query changed). */
export async function matchTopic(tx: Tx, topicId: string) {
  await tx.$executeRaw`DELETE FROM paper_topics WHERE topic_id = ${topicId}`;
  return tx.$executeRaw`
    INSERT INTO paper_topics (topic_id, paper_id)
    SELECT t.id, p.id
    FROM topics t JOIN papers p ON p.search @@ websearch_to_tsquery('english', t.query)
    WHERE t.id = ${topicId}
      AND (cardinality(t.categories) = 0 OR cardinality(p.categories) = 0 OR p.categories && t.categories)`;
}

/** The most papers one private topic is matched to when it is created or edited (ingest adds newer ones). */
export const OWN_TOPIC_PAPERS = 5000;

/**
 * Re-matches a user's own topic, keeping its OWN_TOPIC_PAPERS newest papers: anyone can create one, so
 * matching it must not cost a walk over every paper ("learning" matches most of them) nor store a row per
 * paper. Nothing is lost to a reader: a topic page, For you and the digest show the newest and hottest
 * papers, and pages stop at 1,000 papers. The query comes as a parameter, not from the topics row, so the
 * planner sees it and walks the published_at index for a broad one. Own topics carry no categories (the
 * topics_own_topic_bounds CHECK).
 */
export async function matchOwnTopic(tx: Tx, topicId: string, query: string) {
  await tx.$executeRaw`DELETE FROM paper_topics WHERE topic_id = ${topicId}`;
  return tx.$executeRaw`
    INSERT INTO paper_topics (topic_id, paper_id)
    SELECT ${topicId}, p.id
    FROM papers p
    WHERE p.search @@ websearch_to_tsquery('english', ${query})
    ORDER BY p.published_at DESC, p.id
    LIMIT ${OWN_TOPIC_PAPERS}`;
}
