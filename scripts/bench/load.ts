// One load run with autocannon, summarised the same way for every HTTP benchmark: completed requests
// per second, latency percentiles of every response (autocannon's histogram has no p95), and what went
// wrong — connection errors and timeouts, non-2xx answers, and bodies that failed the check. Then the
// run shared by issue 11's single-request steps (home, paper page, personal, search): one request by hand
// first, then autocannon for a warm-up and the measured run, each followed by a wait for what is still in
// flight (settle). Every request may differ (`next` picks its path and headers), so a run can spread over
// many papers, readers or queries. An endpoint still being built answers 404: that is reported as
// "absent", not thrown, so the step runs against the app before and after it lands.
import autocannon, { type Options, type Request } from "autocannon";
import { pgQuery } from "@/lib/database/pg";
import { type CpuSplit, cpuMeter } from "./cpu";
import type { GoalCheck } from "./report";
import { type Latency, latency } from "./stats";
import type { RequestTally } from "./view-load";

export type LoadResult = Latency & {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  /** Responses whose body failed the benchmark's check (missing marker, action error). */
  mismatches: number;
  meanBytes: number;
  /** How long requests still in flight when the run ended kept the database busy (see settle). */
  drainSeconds: number;
  statusCodes: Record<string, number>;
  cpu: CpuSplit;
};

export type CpuSources = { serverGroup: number | null; postmaster: number | null };

export async function runLoad(options: Options, sources: CpuSources): Promise<LoadResult> {
  const samples: number[] = [];
  let bytes = 0;
  const meter = cpuMeter(sources.serverGroup, sources.postmaster);
  const instance = autocannon({ timeout: 30, ...options });
  instance.on("response", (_client, _status, size, ms) => {
    samples.push(ms);
    bytes += size;
  });
  const result = await instance;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return summarize(options.connections ?? 10, samples, bytes, meter.stop(), { ...result, statusCodes });
}

type Outcomes = Pick<LoadResult, "non2xx" | "errors" | "mismatches" | "statusCodes">;

/** One run's figures from its latency samples (ms), bytes received, CPU split and what went wrong. */
export function summarize(connections: number, samples: number[], bytes: number, cpu: CpuSplit, outcomes: Outcomes) {
  const { non2xx, errors, mismatches, statusCodes } = outcomes;
  return {
    connections,
    seconds: cpu.seconds,
    requests: samples.length,
    perSecond: samples.length / cpu.seconds,
    ...latency(samples),
    non2xx,
    errors,
    mismatches,
    meanBytes: samples.length ? bytes / samples.length : 0,
    drainSeconds: 0,
    statusCodes,
    cpu,
  } satisfies LoadResult;
}

const QUIET_CHECKS = 3;
const LIMIT_MS = 180_000;

/**
 * Waits for the server to finish the previous run's work: autocannon stops sending when its time is up,
 * but requests in flight keep the app and PostgreSQL busy, and the next measurement would queue behind
 * them. Returns the seconds it waited.
 */
export async function settle(databaseUrl: string, log: (line: string) => void) {
  const start = Date.now();
  for (let quiet = 0; quiet < QUIET_CHECKS;) {
    const [row] = await pgQuery<{ active: number }>(
      databaseUrl,
      `SELECT count(*)::int AS active FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active'
         AND pid <> pg_backend_pid()`,
    );
    quiet = row?.active ? 0 : quiet + 1;
    if (Date.now() - start > LIMIT_MS) {
      log(`still ${row?.active} queries running after ${LIMIT_MS / 1000} s; measuring anyway`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const waited = (Date.now() - start) / 1000;
  if (waited > 2) log(`waited ${waited.toFixed(0)} s for the previous run's requests to finish`);
  return waited;
}

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
