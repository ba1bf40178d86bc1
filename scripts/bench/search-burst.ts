// The search benchmark (issue 10, "anonymous search is a denial-of-service lever"): the broadest search
// the corpus allows, first as SQL alone — the app's searchSql against the query it replaced, which ranked
// and counted every match — then over HTTP: 20 connections hammering that search while 2 more load the
// home page, against the same home page with no burst. Every search request comes from its own made-up
// client address (X-Forwarded-For, believed because the bench server trusts its loopback proxy), as a botnet's would, so the
// per-IP rate limit never answers for the search: what is measured is the search itself.
import { randomInt } from "node:crypto";
import type { Request } from "autocannon";
import pg from "pg";
import { MATCH_CAP, searchSql } from "@/lib/data/search";
import { type CpuSources, type LoadResult, runLoad } from "./load";
import type { Latency } from "./stats";
import { timeQuery } from "./trending";

export const BURST = { searchConnections: 20, homeConnections: 2, seconds: 20, quietSeconds: 10, sqlRuns: 30 };

/** Common words of the synthetic abstracts; the one matching the most papers is the search. */
const BROAD_CANDIDATES = ["model", "language", "study", "method", "result", "train"];

/** lib/data/search.ts before issue 10: every match ranked and counted, then one page cut from them. */
const unboundedSearchSql = (q: string) => ({
  text: `SELECT p.id, m.total,
      ts_headline('english', p.title, m.query) AS title, ts_headline('english', p.abstract, m.query) AS snippet
    FROM (
      SELECT p.id, q.query, ts_rank_cd(p.search, q.query) AS rank,
             coalesce(p.published_at, p.created_at) AS sort_date, count(*) OVER () AS total
      FROM papers p, websearch_to_tsquery('english', $1) AS q(query)
      WHERE p.search @@ q.query
      ORDER BY rank DESC, sort_date DESC, p.id
      LIMIT 20 OFFSET 0
    ) m JOIN papers p ON p.id = m.id
    ORDER BY m.rank DESC, m.sort_date DESC, m.id`,
  values: [q],
});

type SqlTiming = Latency & { name: string; runs: number };
export type SearchBurstResult = {
  query: string;
  matches: number;
  sql: SqlTiming[];
  plan: string;
  burst: { search: LoadResult; home: LoadResult };
  quietHome: LoadResult;
  quietSearch: LoadResult;
};

export const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const timeSql = async (client: pg.Client, name: string, sql: pg.QueryConfig) => ({
  name,
  ...(await timeQuery(client, sql, { warmUps: 1, runs: BURST.sqlRuns })),
});

async function broadestQuery(client: pg.Client) {
  let best = { query: "", matches: -1 };
  for (const query of BROAD_CANDIDATES) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM papers WHERE search @@ websearch_to_tsquery('english', $1)",
      [query],
    );
    if (rows[0]!.n > best.matches) best = { query, matches: rows[0]!.n };
  }
  return best;
}

export async function benchSearchBurst(
  databaseUrl: string,
  serverUrl: string,
  sources: CpuSources,
  log: (line: string) => void,
): Promise<SearchBurstResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { query, matches, sql, plan } = await (async () => {
    try {
      const { query, matches } = await broadestQuery(client);
      log(`broad search: "${query}" matches ${matches} papers`);
      const bounded = searchSql(query, 0, 20);
      const sql = [
        await timeSql(client, `ranked: the ${MATCH_CAP.toLocaleString("en-US")} newest matches (now)`, bounded),
        await timeSql(client, "ranked: every match (before)", unboundedSearchSql(query)),
      ];
      for (const t of sql) log(`${t.name}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
      const explained = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ANALYZE ${bounded.text}`, bounded.values);
      return { query, matches, sql, plan: explained.rows.map((row) => row["QUERY PLAN"]).join("\n") };
    } finally {
      await client.end();
    }
  })();

  const searchUrl = `${serverUrl}/search?q=${encodeURIComponent(query)}`;
  const search = {
    url: searchUrl,
    requests: [
      {
        setupRequest: (request: Request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": randomIp() },
        }),
      },
    ],
    // React separates adjacent text with <!-- -->: "91,452<!-- -->+<!-- --> results<!-- --> for".
    verifyBody: (body: string) => /\d\+? results for/.test(body.replaceAll("<!-- -->", "")),
  };
  const home = { url: `${serverUrl}/`, verifyBody: (body: string) => body.includes('aria-label="Papers"') };
  log(`home page alone, ${BURST.homeConnections} connections for ${BURST.quietSeconds} s`);
  const quietHome = await runLoad(
    { ...home, connections: BURST.homeConnections, duration: BURST.quietSeconds },
    sources,
  );
  log(`search alone, 1 connection for ${BURST.quietSeconds} s`);
  const quietSearch = await runLoad({ ...search, connections: 1, duration: BURST.quietSeconds }, sources);
  log(
    `burst: ${BURST.searchConnections} connections searching, ${BURST.homeConnections} on the home page, ${BURST.seconds} s`,
  );
  const [burstSearch, burstHome] = await Promise.all([
    runLoad({ ...search, connections: BURST.searchConnections, duration: BURST.seconds }, sources),
    runLoad({ ...home, connections: BURST.homeConnections, duration: BURST.seconds }, sources),
  ]);
  log(
    `burst: search p95 ${burstSearch.p95.toFixed(0)} ms (${burstSearch.perSecond.toFixed(1)}/s), ` +
      `home p95 ${burstHome.p95.toFixed(0)} ms (alone ${quietHome.p95.toFixed(0)} ms)`,
  );
  return { query, matches, sql, plan, burst: { search: burstSearch, home: burstHome }, quietHome, quietSearch };
}
