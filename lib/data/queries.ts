// The hand-written SQL behind the busiest pages, as Prisma.Sql values: lib/data/* runs them through
// Prisma (`db.$queryRaw(sql)`), and the benchmark runs the very same text through node-postgres
// (`client.query(sql.text, sql.values)`) to time and EXPLAIN them, so the two cannot drift apart.
// No "server-only" here: the benchmark scripts import it. Every value is a bound parameter.
import { Prisma } from "@/lib/generated/prisma/client";
import { DIGEST_SIZE } from "@/lib/validations/digest";

/** Whose papers: a user id (a bound parameter) or, in a query over several users, the column holding it. */
type UserRef = string | Prisma.Sql;

/** The paper `p` is in a topic the user follows. */
const inFollowedTopic = (user: UserRef) => Prisma.sql`EXISTS (
      SELECT 1 FROM paper_topics pt
      WHERE pt.paper_id = p.id AND pt.topic_id IN (SELECT topic_id FROM topic_follows WHERE user_id = ${user}))`;

/** The user has not marked the paper `p` "Not interested". */
const notHidden = (user: UserRef) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM hidden_papers h WHERE h.user_id = ${user} AND h.paper_id = p.id)`;

/** The followed topics that match a paper (join on `pt.paper_id`): the why-chips' rows. */
const followedTopicsJoin = (user: UserRef) => Prisma.sql`paper_topics pt
  JOIN topic_follows f ON f.topic_id = pt.topic_id AND f.user_id = ${user}
  JOIN topics t ON t.id = pt.topic_id`;

/**
 * "For you", one page: trending papers from the topics the user follows, minus the ones they hid, one row
 * more than the page shows (to know if there is a next page). It walks the hot-score index and keeps
 * papers that belong to a followed topic, so the first pages cost a few dozen index probes at any size.
 */
export const forYouSql = (userId: string, offset: number, limit: number) => Prisma.sql`
  SELECT p.id, p.title, p.abstract, p.published_at AS "publishedAt", p.created_at AS "createdAt",
    p.upvote_count AS "upvoteCount",
    EXISTS (SELECT 1 FROM upvotes u WHERE u.user_id = ${userId} AND u.paper_id = p.id) AS upvoted
  FROM papers p
  WHERE ${inFollowedTopic(userId)}
    AND ${notHidden(userId)}
  ORDER BY p.hot_score DESC, p.id
  OFFSET ${offset} LIMIT ${limit}`;

/** For each of these papers, the followed topics that match it: the why-chips of "For you". */
export const whyChipsSql = (userId: string, paperIds: string[]) => Prisma.sql`
  SELECT pt.paper_id AS "paperId", t.slug, t.name, (t.owner_id IS NOT NULL) AS own
  FROM ${followedTopicsJoin(userId)}
  WHERE pt.paper_id = ANY(${paperIds})
  ORDER BY own DESC, t.name`;

/**
 * Digest candidates for several readers in one round trip (one plan for a whole batch of digests): for
 * each reader, the top `size` of their "For you" ranking (same filter, order and why-chips as forYouSql)
 * and the top `size` of the global trending list, both without the papers this reader was sent before or
 * marked "Not interested". Rows come per reader, For-you first, each list best first; lib/digest/select.ts
 * picks from them. Each list is cut twice: at the largest size anyone may choose, a constant, so the
 * planner walks the hot-score index as it does for one reader (with only `LIMIT r.size` it plans for a
 * tenth of the table: a sort of every paper, ~1 s), and then at the reader's own size, which stops that
 * walk early.
 */
export const digestCandidatesSql = (readers: { userId: string; size: number }[]) => {
  const reader = Prisma.raw("r.user_id");
  // A literal, not a parameter: the planner must see the number even in a generic plan.
  const mostPapers = Prisma.raw(String(DIGEST_SIZE.max));
  return Prisma.sql`
  WITH candidates AS (
    SELECT r.user_id, c.* FROM unnest(${readers.map((r) => r.userId)}::text[], ${readers.map((r) => r.size)}::int[])
      AS r(user_id, size)
    CROSS JOIN LATERAL (
      (SELECT * FROM (
         SELECT p.id, p.hot_score, true AS for_you FROM papers p
         WHERE ${inFollowedTopic(reader)} AND ${notHidden(reader)} AND ${notDigested(reader)}
         ORDER BY p.hot_score DESC, p.id LIMIT ${mostPapers}) top LIMIT r.size)
      UNION ALL
      (SELECT * FROM (
         SELECT p.id, p.hot_score, false FROM papers p
         WHERE ${notHidden(reader)} AND ${notDigested(reader)}
         ORDER BY p.hot_score DESC, p.id LIMIT ${mostPapers}) top LIMIT r.size)
    ) c
  )
  SELECT c.user_id AS "userId", c.for_you AS "forYou", ${digestPaperColumns},
    CASE WHEN c.for_you THEN (
      SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name, 'own', t.owner_id IS NOT NULL)
        ORDER BY t.owner_id IS NOT NULL DESC, t.name)
      FROM ${followedTopicsJoin(Prisma.raw("c.user_id"))} WHERE pt.paper_id = p.id) END AS reasons
  FROM candidates c JOIN papers p ON p.id = c.id
  ORDER BY c.user_id, c.for_you DESC, c.hot_score DESC, c.id`;
};

/** What a digest shows of a paper (lib/digest/compose.ts). */
export const digestPaperColumns = Prisma.sql`p.id, p.title, p.abstract, p.authors, p.upvote_count AS "upvoteCount",
    p.arxiv_id AS "arxivId", p.pdf_url AS "pdfUrl", p.published_at AS "publishedAt", p.created_at AS "createdAt"`;

const notDigested = (user: UserRef) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM digest_papers d WHERE d.user_id = ${user} AND d.paper_id = p.id)`;

/**
 * The unfiltered lists' total without counting every paper: paper_stats holds the count (kept by triggers
 * on papers, see its migration), less the papers this person marked "Not interested".
 */
export const paperTotalSql = (userId: string | null) => Prisma.sql`
  SELECT ((SELECT papers FROM paper_stats WHERE id)
    - (SELECT count(*) FROM hidden_papers WHERE user_id = ${userId}))::int AS total`;

/** The topics a user can filter by (curated and their own), followed first: names only, no counts. */
export const topicChoicesSql = (userId: string | null) => Prisma.sql`
  SELECT t.id, t.slug, t.name
  FROM topics t
  WHERE t.owner_id IS NULL OR t.owner_id = ${userId}
  ORDER BY EXISTS (SELECT 1 FROM topic_follows f WHERE f.topic_id = t.id AND f.user_id = ${userId}) DESC,
    (t.owner_id IS NOT NULL) DESC, t.name`;

/**
 * Other papers that share words with this paper's title, best match first, never the paper itself.
 *
 * Ranking every paper that shares any title word means ranking most of the corpus, since titles are full
 * of words like "model" and "learning" (1.45 s at 100k papers). So the candidates are only papers that
 * share a *distinctive* part of the title: two of its four rarest words, or any word found in fewer than
 * 0.2% of papers. Rarity comes from PostgreSQL's own statistics on `papers.search` (pg_stats keeps the
 * frequencies of the most common lexemes; a lexeme missing there is rarer than all of them), so nothing
 * extra is stored or kept current. The candidates are then ranked against every word of the title, title
 * words weighing most. Before the table's first ANALYZE there are no statistics and every title word
 * picks candidates, which only a small table can be for long (autovacuum analyses after bulk inserts).
 *
 * Each lexeme becomes a quoted tsquery operand (backslash, chr(92), and quote doubled) and the string is
 * cast, not re-parsed by to_tsquery, so no title can be a tsquery syntax error. A title without lexemes
 * gives a NULL query, which matches nothing.
 */
export const similarPapersSql = (paperId: string, limit: number) => Prisma.sql`
  ${similarCandidates(paperId)}
  SELECT c.id, c.title, c.published_at AS "publishedAt", c.created_at AS "createdAt"
  FROM (
    SELECT other.id, other.title, other.published_at, other.created_at, other.search
    FROM terms
    JOIN papers other ON other.search @@ coalesce(terms.distinctive, terms.any_word) AND other.id <> ${paperId}
    LIMIT ${SIMILAR_CANDIDATE_CAP}
  ) c
  CROSS JOIN terms
  ORDER BY ts_rank_cd(c.search, terms.any_word) DESC, coalesce(c.published_at, c.created_at) DESC, c.id
  LIMIT ${limit}`;

/**
 * The most candidates similarPapersSql ranks. Distinctive words usually leave a few hundred; a title made
 * only of common words can leave tens of thousands (the benchmark's generated titles do), and ranking them
 * all cost ~0.4 s of database time per paper page. Past the cap the candidates are the first found, not
 * the best: a worse list for such titles, never a slow page.
 */
export const SIMILAR_CANDIDATE_CAP = 500;

/** How many papers similarPapersSql ranks to pick its few (for the benchmark's report). */
export const similarCandidateCountSql = (paperId: string) => Prisma.sql`
  ${similarCandidates(paperId)}
  SELECT count(*)::int AS n
  FROM terms
  JOIN papers other ON other.search @@ coalesce(terms.distinctive, terms.any_word) AND other.id <> ${paperId}`;

const similarCandidates = (paperId: string) => Prisma.sql`
  WITH frequencies AS (
    SELECT e.lexeme, e.frequency
    FROM pg_stats s
    CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency)
    WHERE s.schemaname = current_schema() AND s.tablename = 'papers' AND s.attname = 'search'
      AND e.lexeme IS NOT NULL
  ),
  lexemes AS (
    SELECT '''' || replace(replace(l.lexeme, chr(92), chr(92) || chr(92)), '''', '''''') || '''' AS operand,
      coalesce(f.frequency, 0) AS frequency,
      row_number() OVER (ORDER BY coalesce(f.frequency, 0), l.lexeme) AS rarity
    FROM papers paper
    CROSS JOIN unnest(tsvector_to_array(to_tsvector('english', paper.title))) AS l(lexeme)
    LEFT JOIN frequencies f USING (lexeme)
    WHERE paper.id = ${paperId}
  ),
  terms AS (
    SELECT (SELECT string_agg(operand, ' | ') FROM lexemes)::tsquery AS any_word,
      CASE WHEN EXISTS (SELECT FROM frequencies) THEN (
        SELECT string_agg(operand, ' | ')
        FROM (
          SELECT operand FROM lexemes WHERE frequency < 0.002
          UNION ALL
          SELECT a.operand || ' & ' || b.operand
          FROM lexemes a JOIN lexemes b ON a.rarity < b.rarity AND b.rarity <= 4
        ) distinctive
      )::tsquery END AS distinctive
  )`;

// ts_headline wraps matches in these. Its output is paper text, so it is never parsed as HTML: control
// characters that cannot occur in a title or abstract (they are stripped below) mark the matches, and
// app/search/_components/highlighted.tsx turns them into <mark> elements.
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_STOP},MaxWords=35,MinWords=15,MaxFragments=2`;

/** The most matches a search ranks, or a topic preview counts: the 1,000 newest (see searchSql). */
export const MATCH_CAP = 1000;

/**
 * One page of a search: the MATCH_CAP newest papers matching `q` are the candidates, ranked by ts_rank_cd,
 * then newest, then id; `total` is how many candidates there were, MATCH_CAP + 1 meaning "more". Ranking
 * every match instead costs a second of CPU per broad query at 100k papers ("model" matches most of
 * them), which a few dozen visitors can multiply into an outage. Taking the newest keeps the candidates
 * the walk down the published_at index that the planner picks for a broad query (a narrow one is a GIN
 * bitmap scan, then a sort of its few matches), and newest is what a reader of new papers wants anyway.
 * The query is written out in each place, not in a CTE, so the planner sees its value.
 */
export const searchSql = (q: string, offset: number, limit: number) => Prisma.sql`
  WITH candidates AS MATERIALIZED (
    SELECT p.id, p.search, coalesce(p.published_at, p.created_at) AS sort_date
    FROM papers p
    WHERE p.search @@ websearch_to_tsquery('english', ${q})
    ORDER BY p.published_at DESC, p.id
    LIMIT ${MATCH_CAP + 1}
  ), ranked AS (
    SELECT c.id, c.sort_date, ts_rank_cd(c.search, websearch_to_tsquery('english', ${q})) AS rank,
      count(*) OVER () AS total
    FROM candidates c
    ORDER BY rank DESC, c.sort_date DESC, c.id
    LIMIT ${limit} OFFSET ${offset}
  )
  SELECT p.id, p.published_at AS "publishedAt", p.created_at AS "createdAt", r.total::int AS total,
    ts_headline('english', translate(p.title, ${MARKERS}, ''), websearch_to_tsquery('english', ${q}), ${TITLE_OPTIONS}) AS title,
    ts_headline('english', translate(p.abstract, ${MARKERS}, ''), websearch_to_tsquery('english', ${q}), ${SNIPPET_OPTIONS}) AS snippet
  FROM ranked r JOIN papers p ON p.id = r.id
  ORDER BY r.rank DESC, r.sort_date DESC, r.id`;

/** How many papers match `q`, counting no further than MATCH_CAP + 1. */
export const matchCountSql = (q: string) => Prisma.sql`
  SELECT count(*)::int AS n FROM (
    SELECT 1 FROM papers WHERE search @@ websearch_to_tsquery('english', ${q}) LIMIT ${MATCH_CAP + 1}
  ) m`;
