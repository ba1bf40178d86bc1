// Load made of whole views (for-you-view.ts) rather than single requests: a view is one reader's
// page GET and the JSON requests that follow it, each reader with their own session cookie. Closed loop:
// `connections` readers, each starting the next view the moment the last one is complete. Open loop:
// a view every 1/rate seconds whether or not earlier ones are complete (paced.ts does the same for single
// requests). A view's latency runs from its start (open loop: its scheduled start) to the last byte of
// its last request, and it fails if any of its requests does.
import { Agent, request } from "node:http";
import { cpuMeter } from "./cpu";
import type { Fetched, ViewStage } from "./for-you-view";
import { type CpuSources, type LoadResult, summarize } from "./load";
import { latency } from "./stats";

export type ViewLoad = { serverUrl: string; stages: ViewStage[]; cookies: string[] };
/** Per request path (without its query): how it answered, over every view of the run. */
export type RequestTally = {
  path: string;
  requests: number;
  p50: number;
  p95: number;
  statusCodes: Record<string, number>;
};
export type ViewResult = LoadResult & { parts: RequestTally[] };

const REQUEST_TIMEOUT_MS = 30_000;

type Outcome = Fetched & { ok: boolean; error: boolean; ms: number };

function fetchOne(agent: Agent, serverUrl: string, path: string, cookie: string) {
  const start = performance.now();
  return new Promise<Omit<Outcome, "ok">>((resolve) => {
    const failed = () => resolve({ path, status: 0, body: "", error: true, ms: performance.now() - start });
    const req = request(`${serverUrl}${path}`, { agent, headers: { cookie } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        resolve({ path, status: response.statusCode ?? 0, body, error: false, ms: performance.now() - start });
      });
      // Cut off mid-body (an open loop giving up on a server far behind): an error, not a hang.
      response.on("aborted", failed);
      response.on("error", failed);
    });
    req.on("error", failed);
    // As autocannon's runs do (load.ts): a request that hangs fails rather than holding a reader forever.
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy());
    req.end();
  });
}

/** Tallies requests and views for one run; `view()` runs one view for a random reader. */
function viewRecorder({ serverUrl, stages, cookies }: ViewLoad, sources: CpuSources) {
  // No socket limit: a request never waits in the agent's queue, where giving up could not reach it.
  const agent = new Agent({ keepAlive: true });
  const samples: number[] = [];
  const counts = { non2xx: 0, errors: 0, mismatches: 0, bytes: 0 };
  const statusCodes: Record<string, number> = {};
  const parts = new Map<string, { samples: number[]; statusCodes: Record<string, number> }>();
  const meter = cpuMeter(sources.serverGroup, sources.postmaster);
  let abandoned = false;

  const tally = (outcome: Outcome) => {
    const key = outcome.path.split("?")[0]!;
    const part = parts.get(key) ?? { samples: [], statusCodes: {} };
    parts.set(key, part);
    part.samples.push(outcome.ms);
    const status = outcome.error ? "error" : String(outcome.status);
    part.statusCodes[status] = (part.statusCodes[status] ?? 0) + 1;
    counts.bytes += outcome.body.length;
  };

  async function view(started: number) {
    const cookie = cookies[Math.floor(Math.random() * cookies.length)]!;
    let previous: Fetched[] = [];
    let failure: "error" | "non2xx" | "mismatch" | null = null;
    for (const stage of stages) {
      // Given up on: the next stage would start a request nobody waits for.
      if (abandoned) {
        failure ??= "error";
        break;
      }
      const outcomes = await Promise.all(
        stage(previous).map(async ({ path, verify }) => {
          const fetched = await fetchOne(agent, serverUrl, path, cookie);
          const ok = !fetched.error && fetched.status >= 200 && fetched.status < 300 && verify(fetched.body);
          return { ...fetched, ok };
        }),
      );
      outcomes.forEach(tally);
      const bad = outcomes.find((o) => !o.ok);
      if (bad && !failure) failure = bad.error ? "error" : bad.status < 200 || bad.status > 299 ? "non2xx" : "mismatch";
      previous = outcomes;
    }
    if (failure === "error") counts.errors++;
    else if (failure === "non2xx") counts.non2xx++;
    else if (failure === "mismatch") counts.mismatches++;
    const outcome = failure ?? "ok";
    statusCodes[outcome] = (statusCodes[outcome] ?? 0) + 1;
    samples.push(performance.now() - started);
  }

  return {
    view,
    /** Gives up on every request still open: each fails as an error. */
    abandon: () => {
      abandoned = true;
      agent.destroy();
    },
    /** `unsent`: views an open loop gave up on; they count as errors. */
    finish(connections: number, unsent = 0): ViewResult {
      const cpu = meter.stop();
      counts.errors += unsent;
      if (unsent) statusCodes.unsent = unsent;
      agent.destroy();
      const tallies = [...parts].map(([path, part]) => ({
        path,
        requests: part.samples.length,
        ...latency(part.samples),
        statusCodes: part.statusCodes,
      }));
      const result = summarize(connections, samples, counts.bytes, cpu, { ...counts, statusCodes });
      return { ...result, parts: tallies };
    },
  };
}

/** `connections` readers viewing one after another for `seconds`. */
export async function runViewsClosed(load: ViewLoad, connections: number, seconds: number, sources: CpuSources) {
  const recorder = viewRecorder(load, sources);
  const end = performance.now() + seconds * 1000;
  const reader = async () => {
    while (performance.now() < end) await recorder.view(performance.now());
  };
  await Promise.all(Array.from({ length: connections }, reader));
  return recorder.finish(connections);
}

/** A server far slower than an open loop's rate would keep the run going for minutes after its end. */
const BACKLOG_SECONDS = 5;

/**
 * A view every 1/rate seconds for `seconds`, on schedule. Once BACKLOG_SECONDS of views are waiting, the
 * views not yet sent count as failed (errors), and views still open BACKLOG_SECONDS after the last one
 * was sent are cut off and fail too: the figure is then "missed" rather than a wait of many minutes.
 */
export async function runViewsPaced(load: ViewLoad, rate: number, seconds: number, sources: CpuSources) {
  const recorder = viewRecorder(load, sources);
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();
  const total = Math.round(rate * seconds);
  let sent = 0;
  for (; sent < total && inFlight.size < rate * BACKLOG_SECONDS; sent++) {
    const scheduled = start + (sent * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const view = recorder.view(scheduled).finally(() => inFlight.delete(view));
    inFlight.add(view);
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise((resolve) => (timer = setTimeout(resolve, BACKLOG_SECONDS * 1000)));
  if ((await Promise.race([Promise.all(inFlight).then(() => "done"), deadline])) !== "done") recorder.abandon();
  clearTimeout(timer);
  await Promise.all(inFlight);
  return recorder.finish(0, total - sent);
}
