// Latency summaries. autocannon's own histogram has no p95, and the SQL timings are ours, so both go
// through the same nearest-rank percentiles here.

export type Latency = { p50: number; p95: number; p99: number; max: number };

const ascending = (samples: readonly number[]) => Float64Array.from(samples).sort();
const rank = (sorted: Float64Array, p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Nearest-rank percentile of unsorted samples (milliseconds); 0 for no samples. */
export const percentile = (samples: readonly number[], p: number) => rank(ascending(samples), p);

export function latency(samples: readonly number[]): Latency {
  const sorted = ascending(samples);
  return { p50: rank(sorted, 50), p95: rank(sorted, 95), p99: rank(sorted, 99), max: rank(sorted, 100) };
}

/** Milliseconds for a table: one decimal below 10 ms, whole numbers above; "n/a" where unmeasured. */
export const ms = (value: number | null) =>
  value === null ? "n/a" : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
