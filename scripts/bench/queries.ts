// The SQL behind the pages the benchmarks load, as the app issues it, so the database's share of a page
// can be timed and explained on its own. The hand-written queries come from lib/data/queries.ts itself;
// only Prisma's own SQL for Trending (lib/data/feed.ts, findMany, page 1, signed out) is a copy, taken
// from Prisma's query log.
import {
  forYouSql,
  paperTotalSql,
  similarCandidateCountSql,
  similarPapersSql,
  topicChoicesSql,
  whyChipsSql,
} from "@/lib/data/queries";
import { FOR_YOU_PAGE_SIZE } from "@/lib/validations/pagination";

/** Home, Trending, page 1: what Prisma sends for listFeed's findMany (captured from its query log). */
export const TRENDING = `SELECT "public"."papers"."id", "public"."papers"."title", "public"."papers"."abstract",
  "public"."papers"."published_at", "public"."papers"."created_at", "public"."papers"."upvote_count"
FROM "public"."papers" WHERE 1=1
ORDER BY "public"."papers"."hot_score" DESC, "public"."papers"."id" ASC LIMIT $1 OFFSET $2`;
export const TRENDING_PARAMS = [20, 0];

/** A query from lib/data/queries.ts as node-postgres takes it: the app's own text and values. */
const pgOf = (sql: { text: string; values: unknown[] }) => ({ text: sql.text, values: sql.values });

/** The home page's total (listFeed's countAll, signed out). */
export const paperTotal = () => pgOf(paperTotalSql(null));

/** The home page's topic filter (listTopicChoices(null)). */
export const topicChoices = () => pgOf(topicChoicesSql(null));

/** listForYou(userId, 1): one row more than the page shows, to know if there is a next page. */
export const forYou = (userId: string) => pgOf(forYouSql(userId, 0, FOR_YOU_PAGE_SIZE + 1));

/** whyChips(userId, ids of the page): the topics that put each paper there. */
export const whyChips = (userId: string, paperIds: string[]) => pgOf(whyChipsSql(userId, paperIds));

/** similarPapers(id, 5): the paper page's "Similar papers". */
export const similarPapers = (paperId: string) => pgOf(similarPapersSql(paperId, 5));

/** How many papers similarPapers ranks to pick its five. */
export const similarCandidates = (paperId: string) => pgOf(similarCandidateCountSql(paperId));
