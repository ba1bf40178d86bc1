import { describe, expect, it } from "vitest";
import { latency, ms, percentile } from "./stats";

describe("latency percentiles", () => {
  it("use the nearest rank, whatever the input order", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(latency(samples)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it("print small figures with a decimal and large ones without", () => {
    expect(ms(2.345)).toBe("2.3");
    expect(ms(1234.5)).toBe("1,235");
  });
});
