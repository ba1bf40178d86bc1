// The SQL behind the pages the benchmarks load, as the app issues it, so the database's share of a page
// can be timed and explained on its own. Hand-written statements are built by the lib/data functions'
// own builders; Trending is Prisma's findMany in listFeed, recorded off the wire while listFeed runs.
import pg from "pg";
import { listFeed, paperTotalSql } from "@/lib/data/feed";
import { forYouSql, whyChipsSql } from "@/lib/data/for-you";
import { similarCandidates as candidatesOf, similarPapersSql, similarTerms } from "@/lib/data/papers";
import { topicChoicesSql } from "@/lib/data/topics";
import { pgQuery } from "@/lib/database/pg";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FOR_YOU_PAGE_SIZE, PAPERS_PER_PAGE } from "@/lib/validations/pagination";
import { setAppEnv } from "./app-env";

type Statement = { text: string; values: unknown[] };

/** The statements node-postgres sends while `run` runs (the app's Prisma client talks through it). */
async function recordStatements(run: () => Promise<unknown>) {
  const sent: Statement[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text?: string; values?: unknown[] }, unknown[] | undefined];
    if (typeof config === "string") sent.push({ text: config, values: values ?? [] });
    else if (config?.text) sent.push({ text: config.text, values: config.values ?? values ?? [] });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}

/** Home, Trending, page 1 (of `pageSize` papers), signed out: listFeed's findMany as Prisma sends it. */
export async function trending(databaseUrl: string, pageSize = PAPERS_PER_PAGE): Promise<Statement> {
  setAppEnv({ DATABASE_URL: databaseUrl });
  const sent = await recordStatements(() =>
    listFeed({ view: "trending", period: "week", page: 1, userId: null, pageSize }),
  ).finally(() => db.$disconnect());
  const findMany = sent.find((statement) => /ORDER BY .*hot_score/.test(statement.text));
  if (!findMany) throw new Error("listFeed sent no Trending statement");
  return findMany;
}

/** The `count` hottest papers' ids in Trending's order: where readers (and voters) go. */
export async function hotPaperIds(databaseUrl: string, count: number) {
  const { text, values } = await trending(databaseUrl, count);
  return (await pgQuery<{ id: string }>(databaseUrl, text, values)).map((row) => row.id);
}

/** A lib/data statement as node-postgres takes it: the app's own text and values. */
const pgOf = (sql: Statement) => ({ text: sql.text, values: sql.values });

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

/** How many papers similarPapers ranks to pick its five (before its cap). */
export const similarCandidates = (paperId: string) =>
  pgOf(Prisma.sql`${similarTerms(paperId)} SELECT count(*)::int AS n ${candidatesOf(paperId)}`);
