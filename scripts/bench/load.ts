// One load run with autocannon, summarised the same way for every HTTP benchmark: completed requests
// per second, latency percentiles of every response (autocannon's histogram has no p95), and what went
// wrong — connection errors and timeouts, non-2xx answers, and bodies that failed the check.
import autocannon, { type Options } from "autocannon";
import { type CpuSplit, cpuMeter } from "./cpu";
import { type Latency, latency } from "./stats";

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
  /** How long requests still in flight when the run ended kept the database busy (see settle.ts). */
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
