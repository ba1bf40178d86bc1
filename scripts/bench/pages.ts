// The page benchmark: the home page's Trending list (signed out) and "For you" (signed in as a reader
// who follows five topics) from the production server under 50 concurrent connections, after a
// warm-up, one connection alone for the latency of a quiet server, and a steady open-loop rate
// (scripts/bench/paced.ts) for the latency of a busy one. Every response must be a 2xx
// holding the paper the database ranks first, so an error page or an empty list cannot pass as fast.
import { withPgClient } from "@/lib/database/pg";
import { type CpuSources, type LoadResult, runLoad } from "./load";
import { runPaced } from "./paced";
import * as q from "./queries";
import { cookieFor, createSessions } from "./sessions";
import { settle } from "./settle";
import { typicalReader } from "./trending";

export const PAGE_LOAD = {
  connections: 50,
  seconds: 20,
  warmUpSeconds: 3,
  quietSeconds: 5,
  pacedRate: 50,
  pacedSeconds: 10,
};

export type PageResult = {
  name: string;
  path: string;
  signedIn: boolean;
  loaded: LoadResult;
  quiet: LoadResult;
  /** Requests sent at a steady PAGE_LOAD.pacedRate per second (open loop): latency at a busy, steady rate. */
  paced: LoadResult;
};

export async function benchPages(
  databaseUrl: string,
  serverUrl: string,
  sources: CpuSources,
  log: (line: string) => void,
) {
  const { reader, trendingTop, forYouTop } = await withPgClient(databaseUrl, async (client) => {
    const reader = await typicalReader(client);
    const trending = await client.query<{ id: string }>(q.TRENDING, q.TRENDING_PARAMS);
    const forYou = await client.query<{ id: string }>(q.forYou(reader));
    return { reader, trendingTop: trending.rows[0]!.id, forYouTop: forYou.rows[0]!.id };
  });
  const [token] = await createSessions(databaseUrl, [reader]);
  const pages: { name: string; path: string; headers: Record<string, string>; marker: string }[] = [
    { name: "Home, Trending (signed out)", path: "/", headers: {}, marker: `/papers/${trendingTop}` },
    {
      name: "For you (signed in)",
      path: "/for-you",
      headers: { cookie: cookieFor(token!) },
      marker: `/papers/${forYouTop}`,
    },
  ];
  const results: PageResult[] = [];
  for (const page of pages) {
    const url = `${serverUrl}${page.path}`;
    const check = await fetch(url, { headers: page.headers, redirect: "manual" });
    const body = await check.text();
    if (check.status !== 200 || !body.includes(page.marker)) {
      throw new Error(`${page.path} answered ${check.status} without ${page.marker}: ${body.slice(0, 300)}`);
    }
    const options = { url, headers: page.headers, verifyBody: (text: string) => text.includes(page.marker) };
    const run = async (connections: number, seconds: number) => {
      const result = await runLoad({ ...options, connections, duration: seconds }, sources);
      return { ...result, drainSeconds: await settle(databaseUrl, log) };
    };
    log(`${page.path}: warming up for ${PAGE_LOAD.warmUpSeconds} s`);
    await run(PAGE_LOAD.connections, PAGE_LOAD.warmUpSeconds);
    log(`${page.path}: ${PAGE_LOAD.connections} connections for ${PAGE_LOAD.seconds} s`);
    const loaded = await run(PAGE_LOAD.connections, PAGE_LOAD.seconds);
    const quiet = await run(1, PAGE_LOAD.quietSeconds);
    const pacing = { rate: PAGE_LOAD.pacedRate, seconds: PAGE_LOAD.pacedSeconds };
    const paced = await runPaced({ ...options, ...pacing }, sources);
    log(
      `${page.path}: ${loaded.perSecond.toFixed(0)} req/s, p50 ${loaded.p50.toFixed(0)} ms, p95 ${loaded.p95.toFixed(0)} ms; ` +
        `alone p50 ${quiet.p50.toFixed(0)} ms; at ${PAGE_LOAD.pacedRate} pages/s p95 ${paced.p95.toFixed(0)} ms`,
    );
    results.push({ name: page.name, path: page.path, signedIn: page.path !== "/", loaded, quiet, paced });
  }
  return { pages: results, reader };
}
