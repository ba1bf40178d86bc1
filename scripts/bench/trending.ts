// The trending benchmark's database half: the queries behind the home page and "For you", timed alone
// through node-postgres (no Next.js, no Prisma) and explained, so a slow page can be split into SQL
// time and everything else.
import pg from "pg";
import * as q from "./queries";
import { type Latency, latency } from "./stats";

/** A slow query stops early (after at least `minRuns`) rather than holding the run for minutes. */
const TRENDING_RUNS = { warmUps: 20, runs: 500, minRuns: 10, budgetMs: 10_000 };
type Runs = { warmUps: number; runs: number; minRuns?: number; budgetMs?: number };

/** Times one statement on one connection, one run after another, after its warm-up runs. */
export async function timeQuery(client: pg.Client, statement: pg.QueryConfig, options: Runs) {
  const { warmUps, runs, minRuns = runs, budgetMs = Infinity } = options;
  const warmUpEnd = performance.now() + budgetMs / 4;
  for (let i = 0; i < warmUps && performance.now() < warmUpEnd; i++) await client.query(statement);
  const samples: number[] = [];
  let rows = 0;
  const end = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i < minRuns || performance.now() < end); i++) {
    const start = performance.now();
    rows = (await client.query(statement)).rowCount ?? 0;
    samples.push(performance.now() - start);
  }
  return { rows, runs: samples.length, ...latency(samples) };
}

type QueryTiming = Latency & { name: string; rows: number; runs: number };
export type TrendingResult = {
  timings: QueryTiming[];
  plans: { trending: string; forYou: string };
  forYouUser: string;
  /** How many papers the paper page's "similar papers" ranks, for the most trending paper. */
  similarCandidates: number;
};

/** The first corpus user who follows exactly five topics: a typical reader. */
async function typicalReader(client: pg.Client) {
  const { rows } = await client.query<{ user_id: string }>(
    "SELECT user_id FROM topic_follows GROUP BY user_id HAVING count(*) = 5 ORDER BY user_id LIMIT 1",
  );
  if (!rows[0]) throw new Error("no corpus user follows five topics");
  return rows[0].user_id;
}

export async function benchTrendingSql(url: string, log: (line: string) => void): Promise<TrendingResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const user = await typicalReader(client);
    const page = await client.query<{ id: string }>(q.forYou(user));
    const ids = page.rows.slice(0, 20).map((row) => row.id);
    const trending = await q.trending(url);
    const [top] = await q.hotPaperIds(url, 1);
    if (!top) throw new Error("the corpus has no papers");
    const queries: [string, { text: string; values: unknown[] }][] = [
      ["Trending, page 1 (lib/data/feed.ts)", trending],
      ["For you, page 1 (lib/data/for-you.ts)", q.forYou(user)],
      ["Trending's total (paper_stats), on every home page", q.paperTotal()],
      ["Topic filter, on every home page", q.topicChoices()],
      ["For you why-chips (20 papers)", q.whyChips(user, ids)],
      ["Similar papers, on every paper page", q.similarPapers(top)],
    ];
    const timings: QueryTiming[] = [];
    for (const [name, statement] of queries) {
      // Named, so it is parsed once and planned like the app's repeated queries are.
      const timing = await timeQuery(client, { ...statement, name: `bench-${timings.length}` }, TRENDING_RUNS);
      timings.push({ name, ...timing });
      log(`${name}: p50 ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms`);
    }
    const explain = async (text: string, values: unknown[]) => {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    };
    return {
      timings,
      plans: {
        trending: await explain(trending.text, trending.values),
        forYou: await explain(q.forYou(user).text, q.forYou(user).values),
      },
      forYouUser: user,
      similarCandidates: (await client.query<{ n: number }>(q.similarCandidates(top))).rows[0]!.n,
    };
  } finally {
    await client.end();
  }
}
