// Issue 11's public pages, signed out, as a cache should serve them: the home page (Trending, page 1)
// and paper pages. Paper ids are drawn uniformly from the hottest few hundred papers — where readers
// actually go, and a set every worker's cache holds after the warm-up — so the figure is the cached
// page's cost, with the first render of each paper in the warm-up rather than in the measured run.
import { withPgClient } from "@/lib/database/pg";
import { type BenchSetup, type GoalStep, singleRequestStep } from "./goal-load";
import * as q from "./queries";
import { prng } from "./random";
import { n } from "./report";

/** Rounds of the warm-up per worker: `npm start` runs one per core, two here. */
const WORKERS_AT_MOST = 2;

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

export const PUBLIC_GOALS = { pagesPerSecond: 1000, connections: 50, warmUpSeconds: 5, hotPapers: 300 };

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
  const hot = await withPgClient(setup.databaseUrl, async (client) =>
    (await client.query<{ id: string }>(await q.trending(setup.databaseUrl, PUBLIC_GOALS.hotPapers))).rows.map(
      (row) => row.id,
    ),
  );
  // Every hot paper rendered once per worker before measuring (fresh connections, so the cluster spreads
  // them): the first render of each is the cold cost, reported here, not what a cache serves.
  const started = performance.now();
  for (let round = 0; round < 2 * WORKERS_AT_MOST; round++) {
    await inBatches(hot, 8, (id) =>
      fetch(`${setup.serverUrl}/papers/${id}`, { headers: { connection: "close" } }).then((r) => r.text()),
    );
  }
  setup.log(
    `rendered the ${hot.length} hot papers on every worker in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
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
