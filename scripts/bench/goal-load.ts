// The run shared by issue 11's single-request steps (home, paper page, personal, search): one request
// by hand first, then autocannon for a warm-up and the measured run, each followed by a wait for what is
// still in flight. Every request may differ (`next` picks its path and headers), so a run can spread
// over many papers, readers or queries. An endpoint still being built answers 404: that is reported as
// "absent", not thrown, so the step runs against the app before and after it lands.
import type { Request } from "autocannon";
import { type CpuSources, type LoadResult, runLoad } from "./load";
import type { GoalCheck } from "./report";
import { settle } from "./settle";
import type { RequestTally } from "./view-load";

/** What one of issue 11's steps measured: its runs (a view's requests as parts) and its goals. */
export type GoalStep = {
  /** What the rate and the cost are per ("page", "view", "search"…), and its plural. */
  unit: string;
  units: string;
  goals: GoalCheck[];
  /** Paths that answered 404: not built yet, so no verdict. */
  absent: string[];
  runs: { name: string; run: LoadResult; parts?: RequestTally[] }[];
};
type Target = { path: string; headers?: Record<string, string> };
/** What every step gets from index.ts: the server, its database, and how long to measure. */
export type BenchSetup = {
  serverUrl: string;
  databaseUrl: string;
  sources: CpuSources;
  log: (line: string) => void;
  /** Length of each measured run (`--seconds`). */
  seconds: number;
};
export type GoalLoad = BenchSetup & {
  /** The next request to send. */
  next: () => Target;
  verifyBody: (body: string) => boolean;
  connections: number;
  warmUpSeconds: number;
  /** True where a 404 means "not built yet" rather than a broken benchmark. */
  mayBeAbsent?: boolean;
};

/** One request by hand; a 404 from an endpoint that may not exist yet is `absent`: the verdict says so. */
async function probe({ serverUrl, next, verifyBody, mayBeAbsent }: GoalLoad) {
  const { path, headers } = next();
  const response = await fetch(`${serverUrl}${path}`, { headers, redirect: "manual" });
  const body = await response.text();
  if (response.status === 404 && mayBeAbsent) return { absent: true };
  if (response.status !== 200 || !verifyBody(body)) {
    throw new Error(`${path} answered ${response.status} without what the benchmark checks for: ${body.slice(0, 300)}`);
  }
  return { absent: false };
}

/**
 * The requests, each checked only if it answered 2xx: autocannon's own verifyBody also fails a 404's
 * body, which would count an absent endpoint's requests twice (non-2xx and mismatch).
 */
function requestsFrom(next: GoalLoad["next"], verifyBody: GoalLoad["verifyBody"], tally: { wrong: number }): Request[] {
  return [
    {
      setupRequest: (request) => {
        const { path, headers } = next();
        return { ...request, path, headers: { ...request.headers, ...headers } };
      },
      onResponse: (status, body) => {
        if (status >= 200 && status < 300 && !verifyBody(body)) tally.wrong++;
      },
    },
  ];
}

/** A warm-up, then the measured run; returns the measured run. */
async function measureLoad(load: GoalLoad): Promise<LoadResult> {
  const { serverUrl, databaseUrl, sources, log, next, verifyBody } = load;
  const run = async (connections: number, seconds: number) => {
    const tally = { wrong: 0 };
    const requests = requestsFrom(next, verifyBody, tally);
    const result = await runLoad({ url: serverUrl, connections, duration: seconds, requests }, sources);
    return { ...result, mismatches: tally.wrong, drainSeconds: await settle(databaseUrl, log) };
  };
  await run(load.connections, load.warmUpSeconds);
  return run(load.connections, load.seconds);
}

type SingleRequestStep = Omit<GoalLoad, keyof BenchSetup> &
  Pick<GoalStep, "unit" | "units"> & {
    /** The run's name in the table, e.g. "`GET /`, 50 connections". */
    name: string;
    /** The path reported when the endpoint answers 404. */
    path: string;
    goals: (run: LoadResult) => GoalCheck[];
  };

/** A step of one kind of request: probe, measure, and the step's goals from the measured run. */
export async function singleRequestStep(setup: BenchSetup, spec: SingleRequestStep): Promise<GoalStep> {
  const load = { ...setup, ...spec };
  const { absent } = await probe(load);
  setup.log(`${spec.name}${absent ? ` (${spec.path} absent: 404)` : ""} for ${setup.seconds} s`);
  const run = await measureLoad(load);
  const { unit, units, name, path } = spec;
  return { unit, units, goals: spec.goals(run), absent: absent ? [path] : [], runs: [{ name, run }] };
}
