import { describe, expect, it } from "vitest";
import { HOT_TIME_SCALE_SECONDS, hotScore } from "@/lib/ranking/hot";

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe("hotScore", () => {
  it("ranks an older paper with the same votes lower", () => {
    expect(hotScore(10, day(1))).toBeLessThan(hotScore(10, day(2)));
  });

  it("ranks more votes higher at equal age, the first vote included", () => {
    expect(hotScore(1, day(1))).toBeGreaterThan(hotScore(0, day(1)));
    expect(hotScore(100, day(1))).toBeGreaterThan(hotScore(99, day(1)));
  });

  it("trades ten times the votes for 12.5 hours of age", () => {
    const younger = new Date(day(1).getTime() + HOT_TIME_SCALE_SECONDS * 1000);
    expect(hotScore(99, day(1))).toBeCloseTo(hotScore(9, younger), 10);
  });

  it("treats a negative count as no votes", () => {
    expect(hotScore(-5, day(1))).toBe(hotScore(0, day(1)));
  });
});
