// "For you", signed in, as whole views (for-you-view.ts: the page and the JSON requests the browser
// makes for it): 50 readers viewing as fast as they can (views/s), then a steady open-loop rate (the p95 of
// a whole view). Each view is a random one of the corpus's readers, each with a session of their own.
import { type Fetched, forYouView } from "./for-you-view";
import { type BenchSetup, type GoalStep, settle } from "./load";
import { n } from "./report";
import { corpusReaderCookies } from "./sessions";
import { ms } from "./stats";
import { type ViewLoad, runViewsClosed, runViewsPaced } from "./view-load";

const FOR_YOU_GOALS = { viewsPerSecond: 300, connections: 50, pacedRate: 100, pacedP95Ms: 50, warmUpSeconds: 5 };

/** One view by hand: an /api path answering 404 is not built yet; anything else wrong stops the step. */
async function probeView({ serverUrl, stages, cookies }: ViewLoad) {
  const absent: string[] = [];
  let previous: Fetched[] = [];
  for (const stage of stages) {
    previous = await Promise.all(
      stage(previous).map(async ({ path, verify }) => {
        const response = await fetch(`${serverUrl}${path}`, { headers: { cookie: cookies[0]! }, redirect: "manual" });
        const body = await response.text();
        if (response.status === 404 && path.startsWith("/api/")) absent.push(path.split("?")[0]!);
        else if (response.status !== 200 || !verify(body)) {
          throw new Error(`${path} answered ${response.status} without what the view needs: ${body.slice(0, 300)}`);
        }
        return { path, status: response.status, body };
      }),
    );
  }
  return absent;
}

export async function benchForYouView(setup: BenchSetup): Promise<GoalStep> {
  const { serverUrl, databaseUrl, sources, log, seconds } = setup;
  const cookies = await corpusReaderCookies(databaseUrl);
  const load: ViewLoad = { serverUrl, stages: forYouView(), cookies };
  const absent = await probeView(load);
  const { connections, pacedRate, warmUpSeconds } = FOR_YOU_GOALS;
  log(`For you: warming up for ${warmUpSeconds} s, then ${connections} readers for ${seconds} s`);
  await runViewsClosed(load, connections, warmUpSeconds, sources);
  await settle(databaseUrl, log);
  const loaded = await runViewsClosed(load, connections, seconds, sources);
  await settle(databaseUrl, log);
  log(`For you: ${pacedRate} views/s for ${seconds} s`);
  const paced = await runViewsPaced(load, pacedRate, seconds, sources);
  return {
    unit: "view",
    units: "views",
    goals: [
      {
        goal: `≥ ${FOR_YOU_GOALS.viewsPerSecond} views/s at ${connections} connections`,
        measured: `${n(loaded.perSecond)} views/s`,
        met: loaded.perSecond >= FOR_YOU_GOALS.viewsPerSecond,
      },
      {
        goal: `p95 of a whole view ≤ ${FOR_YOU_GOALS.pacedP95Ms} ms at ${pacedRate} views/s (open loop)`,
        measured: `${ms(paced.p95)} ms`,
        met: paced.p95 <= FOR_YOU_GOALS.pacedP95Ms,
      },
    ],
    absent,
    runs: [
      { name: `${connections} readers, closed loop`, run: loaded, parts: loaded.parts },
      { name: `${pacedRate} views/s, open loop`, run: paced, parts: paced.parts },
    ],
  };
}
