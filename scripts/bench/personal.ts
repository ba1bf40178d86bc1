// The personal request that rides on every page view once pages are cached (issue 11): GET /api/me for
// the 20 papers and 5 topics a page shows, signed in, each request a different corpus reader (a session
// each, as the other signed-in steps make them) asking about a different draw of papers and topics.
import { withPgClient } from "@/lib/database/pg";
import { isSignedInMe, mePath } from "./for-you-view";
import { type BenchSetup, type GoalStep, singleRequestStep } from "./goal-load";
import { PUBLIC_GOALS } from "./public-pages";
import * as q from "./queries";
import { prng } from "./random";
import { n } from "./report";
import { corpusReaderCookies } from "./sessions";
import { ms } from "./stats";

const PERSONAL = { connections: 50, warmUpSeconds: 3, papers: 20, topics: 5, hotPapers: 200 };

/** `count` different items of `list`, drawn with `random`. */
function draw<T>(random: () => number, list: readonly T[], count: number) {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(list[Math.floor(random() * list.length)]!);
  return [...chosen];
}

export async function benchPersonal(setup: BenchSetup): Promise<GoalStep> {
  const { papers, topics } = await withPgClient(setup.databaseUrl, async (client) => ({
    papers: (await client.query<{ id: string }>(await q.trending(setup.databaseUrl, PERSONAL.hotPapers))).rows.map(
      (row) => row.id,
    ),
    topics: (await client.query<{ id: string }>("SELECT id FROM topics WHERE owner_id IS NULL")).rows.map((r) => r.id),
  }));
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
