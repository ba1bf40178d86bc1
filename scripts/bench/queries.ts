// The SQL behind the pages the benchmarks load, as the app issues it, so the database's share of a page
// can be timed and explained on its own. Kept in step with lib/data/feed.ts (Prisma's findMany and count
// for Trending, page 1, signed out), lib/data/topics.ts (listTopics), lib/data/for-you.ts (listForYou,
// whyChips) and lib/data/papers.ts (similarPapers), and with lib/votes/set-upvote.ts.

/** Home, Trending, page 1: what Prisma sends for listFeed's findMany (captured from its query log). */
export const TRENDING = `SELECT "public"."papers"."id", "public"."papers"."title", "public"."papers"."abstract",
  "public"."papers"."published_at", "public"."papers"."created_at", "public"."papers"."upvote_count"
FROM "public"."papers" WHERE 1=1
ORDER BY "public"."papers"."hot_score" DESC, "public"."papers"."id" ASC LIMIT $1 OFFSET $2`;
export const TRENDING_PARAMS = [20, 0];

/** The page's `total`, which listFeed counts on every page load (Prisma's SQL for `db.paper.count({ where })`). */
export const TRENDING_COUNT = `SELECT COUNT(*) AS "_count$_all"
FROM (SELECT "public"."papers"."id" FROM "public"."papers" WHERE 1=1 OFFSET $1) AS "sub"`;
export const TRENDING_COUNT_PARAMS = [0];

/** listTopics(null): every page with the topic filter (home) lists topics with follower and paper counts. */
export const TOPIC_LIST = `SELECT t.id, t.slug, t.name, t.description, t.query, (t.owner_id IS NOT NULL) AS own,
  (SELECT count(*)::int FROM topic_follows f WHERE f.topic_id = t.id) AS followers,
  (SELECT count(*)::int FROM paper_topics pt WHERE pt.topic_id = t.id) AS papers,
  EXISTS (SELECT 1 FROM topic_follows f WHERE f.topic_id = t.id AND f.user_id = $1) AS following
FROM topics t
WHERE t.owner_id IS NULL OR t.owner_id = $2
ORDER BY following DESC, own DESC, t.name`;
export const TOPIC_LIST_PARAMS = [null, null];

/** listForYou(userId, 1): $1 is the user; one row more than the page shows, to know if there is a next page. */
export const FOR_YOU = `WITH followed AS (SELECT topic_id FROM topic_follows WHERE user_id = $1)
SELECT p.id, p.title, p.abstract, p.published_at AS "publishedAt", p.created_at AS "createdAt",
  p.upvote_count AS "upvoteCount",
  EXISTS (SELECT 1 FROM upvotes u WHERE u.user_id = $2 AND u.paper_id = p.id) AS upvoted
FROM papers p
WHERE EXISTS (
    SELECT 1 FROM paper_topics pt WHERE pt.paper_id = p.id AND pt.topic_id IN (SELECT topic_id FROM followed))
  AND NOT EXISTS (SELECT 1 FROM hidden_papers h WHERE h.user_id = $3 AND h.paper_id = p.id)
ORDER BY p.hot_score DESC, p.id
OFFSET $4 LIMIT $5`;
export const forYouParams = (userId: string) => [userId, userId, userId, 0, 21];

/** whyChips(userId, ids of the page): the topics that put each paper there. */
export const WHY_CHIPS = `SELECT pt.paper_id AS "paperId", t.slug, t.name, (t.owner_id IS NOT NULL) AS own
FROM paper_topics pt
JOIN topic_follows f ON f.topic_id = pt.topic_id AND f.user_id = $1
JOIN topics t ON t.id = pt.topic_id
WHERE pt.paper_id = ANY($2)
ORDER BY own DESC, t.name`;

const SIMILAR_FROM = `FROM papers paper
CROSS JOIN LATERAL (
  SELECT string_agg('''' || replace(replace(lexeme, chr(92), chr(92) || chr(92)), '''', '''''') || '''', ' | ')
           ::tsquery AS query
  FROM unnest(tsvector_to_array(to_tsvector('english', paper.title))) AS lexeme
) terms
JOIN papers other ON other.search @@ terms.query AND other.id <> paper.id
WHERE paper.id = $1`;

/** similarPapers(id, 5): the paper page's "Similar papers", papers sharing any word of its title. */
export const SIMILAR_PAPERS = `SELECT other.id, other.title, other.published_at AS "publishedAt", other.created_at AS "createdAt"
${SIMILAR_FROM}
ORDER BY ts_rank_cd(other.search, terms.query) DESC, coalesce(other.published_at, other.created_at) DESC, other.id
LIMIT $2`;

/** How many papers similarPapers ranks to pick its five. */
export const SIMILAR_CANDIDATES = `SELECT count(*)::int AS n ${SIMILAR_FROM}`;

/**
 * setUpvote (lib/votes/set-upvote.ts): the vote row and the count in one statement. $1 user, $2 paper.
 * The raw baseline runs exactly these, so the comparison isolates what the HTTP path adds.
 */
export const SET_UPVOTE = `WITH changed AS (
  INSERT INTO upvotes (user_id, paper_id) SELECT $1, id FROM papers WHERE id = $2
  ON CONFLICT DO NOTHING RETURNING paper_id
), counted AS (
  UPDATE papers SET upvote_count = upvote_count + 1 WHERE id IN (SELECT paper_id FROM changed) RETURNING upvote_count
)
SELECT coalesce((SELECT upvote_count FROM counted), p.upvote_count)::int AS count FROM papers p WHERE p.id = $3`;
export const UNSET_UPVOTE = `WITH changed AS (
  DELETE FROM upvotes WHERE user_id = $1 AND paper_id = $2 RETURNING paper_id
), counted AS (
  UPDATE papers SET upvote_count = upvote_count - 1 WHERE id IN (SELECT paper_id FROM changed) RETURNING upvote_count
)
SELECT coalesce((SELECT upvote_count FROM counted), p.upvote_count)::int AS count FROM papers p WHERE p.id = $3`;
