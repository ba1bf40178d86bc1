// Issue 11's single-request steps (load.ts singleRequestStep), each a goal of pages or requests per second.
//
// Public pages, signed out, as a cache should serve them: the home page (Trending, page 1) and paper
// pages. Paper ids are drawn uniformly from the hottest few hundred papers — where readers actually go,
// and a set every worker's cache holds after the warm-up — so the figure is the cached page's cost, with
// the first render of each paper in the warm-up rather than in the measured run.
//
// Personal: GET /api/me, the request that rides on every cached page view, for the 20 papers and 5 topics
// a page shows, each request a different corpus reader (a session each) asking about a different draw.
//
// Typical searches: what a reader types — one to three words of a subject the corpus is about
// ("speculative decoding", "kv cache", "quantization") — from 8 connections, each search a different
// query from a different client address. The search-burst step is the opposite case: the broadest query
// as fast as a botnet can send it.
import { pgQuery } from "@/lib/database/pg";
import { isSignedInMe, mePath } from "./for-you-view";
import { type BenchSetup, type GoalStep, singleRequestStep } from "./load";
import { hotPaperIds } from "./queries";
import { type Random, between, pick, prng } from "./random";
import { n } from "./report";
import { randomIp } from "./search-burst";
import { corpusReaderCookies } from "./sessions";
import { ms } from "./stats";
import { METHODS, SUBJECTS, TITLE_WORDS, TOPIC_PHRASES } from "./words";

/** Rounds of the warm-up per worker: `npm start` runs one per core, two here. */
const WORKERS_AT_MOST = 2;

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

const PUBLIC_GOALS = { pagesPerSecond: 1000, connections: 50, warmUpSeconds: 5, hotPapers: 300 };

const perSecondGoal = (run: { perSecond: number }) => ({
  goal: `≥ ${n(PUBLIC_GOALS.pagesPerSecond)} pages/s at ${PUBLIC_GOALS.connections} connections`,
  measured: `${n(run.perSecond)} pages/s`,
  met: run.perSecond >= PUBLIC_GOALS.pagesPerSecond,
});

const PAGE = {
  unit: "page",
  units: "pages",
  connections: PUBLIC_GOALS.connections,
  warmUpSeconds: PUBLIC_GOALS.warmUpSeconds,
};

export function benchHome(setup: BenchSetup): Promise<GoalStep> {
  const { connections } = PAGE;
  return singleRequestStep(setup, {
    ...PAGE,
    name: `\`GET /\`, ${connections} connections`,
    path: "/",
    next: () => ({ path: "/" }),
    // The list itself, not an error page or an empty state.
    verifyBody: (body) => body.includes('aria-label="Papers"') && body.includes("/papers/"),
    goals: (run) => [perSecondGoal(run)],
  });
}

export async function benchPaperPage(setup: BenchSetup): Promise<GoalStep> {
  const hot = await hotPaperIds(setup.databaseUrl, PUBLIC_GOALS.hotPapers);
  // Every hot paper rendered once per worker before measuring (fresh connections, so the cluster spreads
  // them): the first render of each is the cold cost, reported here, not what a cache serves.
  const started = performance.now();
  const visitAll = async () => {
    for (let round = 0; round < 2 * WORKERS_AT_MOST; round++) {
      await inBatches(hot, 8, (id) =>
        fetch(`${setup.serverUrl}/papers/${id}`, { headers: { connection: "close" } }).then((r) => r.text()),
      );
    }
  };
  await visitAll();
  const seconds = (performance.now() - started) / 1000;
  setup.log(`rendered the ${hot.length} hot papers on every worker in ${seconds.toFixed(1)} s`);
  // Once more, now mostly from the cache: renders the warm-up's first minutes let expire (30 s, next.config's
  // expireTime) are made again here, not in the measured run, whose figure would then depend on how long
  // the warm-up happened to take rather than on serving the pages.
  await visitAll();
  const random = prng(hot.length);
  const { connections } = PAGE;
  return singleRequestStep(setup, {
    ...PAGE,
    name: `\`GET /papers/<id>\`, ${connections} connections`,
    path: "/papers/<id>",
    next: () => ({ path: `/papers/${hot[Math.floor(random() * hot.length)]}` }),
    // Only a paper page lists authors (every corpus paper has some); a not-found page does not.
    verifyBody: (body) => body.includes('aria-label="Authors"'),
    goals: (run) => [perSecondGoal(run)],
  });
}

const PERSONAL = { connections: 50, warmUpSeconds: 3, papers: 20, topics: 5, hotPapers: 200 };

/** `count` different items of `list`, drawn with `random`. */
function draw<T>(random: () => number, list: readonly T[], count: number) {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(list[Math.floor(random() * list.length)]!);
  return [...chosen];
}

export async function benchPersonal(setup: BenchSetup): Promise<GoalStep> {
  const papers = await hotPaperIds(setup.databaseUrl, PERSONAL.hotPapers);
  const topics = (await pgQuery<{ id: string }>(setup.databaseUrl, "SELECT id FROM topics WHERE owner_id IS NULL")).map(
    (row) => row.id,
  );
  const cookies = await corpusReaderCookies(setup.databaseUrl);
  const random = prng(cookies.length);
  const { connections, warmUpSeconds } = PERSONAL;
  return singleRequestStep(setup, {
    unit: "request",
    units: "requests",
    name: `\`GET /api/me?papers=<${PERSONAL.papers}>&topics=<${PERSONAL.topics}>\`, ${connections} connections`,
    path: "/api/me",
    next: () => ({
      path: mePath(draw(random, papers, PERSONAL.papers), draw(random, topics, PERSONAL.topics)),
      headers: { cookie: cookies[Math.floor(random() * cookies.length)]! },
    }),
    verifyBody: isSignedInMe,
    connections,
    warmUpSeconds,
    mayBeAbsent: true,
    goals: (run) => [
      {
        goal: `≥ ${n(PUBLIC_GOALS.pagesPerSecond)} requests/s at ${connections} connections, one per cached page view`,
        measured: `${n(run.perSecond)} requests/s, p95 ${ms(run.p95)} ms`,
        met: run.perSecond >= PUBLIC_GOALS.pagesPerSecond,
      },
    ],
  });
}

const SEARCH = { connections: 8, warmUpSeconds: 3, perSecond: 200, p95Ms: 100, queries: 500 };

/** Words nobody types into a search box; the database would drop most of them as stop words anyway. */
const FILLER = new Set(["a", "an", "the", "of", "on", "onto", "to", "with", "under", "and", "for", "in"]);
const PHRASES = [...TOPIC_PHRASES.flat(), ...SUBJECTS, ...METHODS, ...TITLE_WORDS];

/** `count` queries of 1–3 consecutive words of the corpus's phrases, lower-case, as people type them. */
export function typicalQueries(random: Random, count: number) {
  return Array.from({ length: count }, () => {
    const words = pick(random, PHRASES)
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => !FILLER.has(word));
    const length = between(random, 1, Math.min(3, words.length));
    const start = between(random, 0, words.length - length);
    return words.slice(start, start + length).join(" ");
  });
}

// React separates adjacent text with <!-- -->: "1,234<!-- --> <!-- -->results<!-- --> for".
const ANSWERED = /\d\+? results? for|No papers match/;

export async function benchSearch(setup: BenchSetup): Promise<GoalStep> {
  const random = prng(SEARCH.queries);
  const queries = typicalQueries(random, SEARCH.queries);
  const { connections, warmUpSeconds } = SEARCH;
  return singleRequestStep(setup, {
    unit: "search",
    units: "searches",
    name: `\`GET /search?q=…\`, ${connections} connections`,
    path: "/search",
    // Each search from its own address, so the per-IP search limit never answers for the search.
    next: () => ({
      path: `/search?q=${encodeURIComponent(pick(random, queries))}`,
      headers: { "x-forwarded-for": randomIp() },
    }),
    verifyBody: (body) => ANSWERED.test(body.replaceAll("<!-- -->", "")),
    connections,
    warmUpSeconds,
    goals: (run) => [
      {
        goal: `≥ ${SEARCH.perSecond} searches/s at ${connections} connections`,
        measured: `${n(run.perSecond)} searches/s`,
        met: run.perSecond >= SEARCH.perSecond,
      },
      { goal: `p95 ≤ ${SEARCH.p95Ms} ms`, measured: `${ms(run.p95)} ms`, met: run.p95 <= SEARCH.p95Ms },
    ],
  });
}
