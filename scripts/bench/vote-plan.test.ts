import { describe, expect, it } from "vitest";
import { prng } from "./random";
import { MAX_SHARE_OF_USERS, voteCounts, voters } from "./vote-plan";

const PAPERS = 5000;
const USERS = 800;
const VOTES = 60_000;
const ages = Float64Array.from({ length: PAPERS }, (_, i) => (i / PAPERS) * 120);
const plan = (seed: number) => {
  const random = prng(seed);
  const counts = voteCounts(random, ages, USERS, VOTES);
  return { counts, pairs: voters(random, counts, USERS) };
};
const { counts, pairs } = plan(7);

describe("the synthetic votes", () => {
  it("add up to exactly the asked total, the same for the same seed", () => {
    expect(counts.reduce((sum, c) => sum + c, 0)).toBe(VOTES);
    expect(pairs.paper).toHaveLength(VOTES);
    expect(plan(7).pairs.user).toEqual(pairs.user);
    expect(plan(8).pairs.user).not.toEqual(pairs.user);
  });

  it("never give one person two votes on one paper", () => {
    const keys = new Set(Array.from(pairs.paper, (p, i) => p * USERS + pairs.user[i]!));
    expect(keys.size).toBe(VOTES);
    expect(Math.max(...counts)).toBeLessThanOrEqual(USERS * MAX_SHARE_OF_USERS);
  });

  it("are skewed: the top 1% of papers hold a large share, most papers few or none", () => {
    const sorted = [...counts].sort((a, b) => b - a);
    const top = sorted.slice(0, PAPERS / 100).reduce((sum, c) => sum + c, 0);
    expect(top / VOTES).toBeGreaterThan(0.15);
    expect(sorted[PAPERS / 2]!).toBeLessThan(VOTES / PAPERS);
  });

  it("favour recent papers", () => {
    const mean = (from: number, to: number) => counts.slice(from, to).reduce((sum, c) => sum + c, 0) / (to - from);
    expect(mean(0, PAPERS / 10)).toBeGreaterThan(3 * mean(PAPERS / 2, PAPERS));
  });

  it("come from voters of uneven activity", () => {
    const perUser = new Uint32Array(USERS);
    for (const u of pairs.user) perUser[u]!++;
    const sorted = [...perUser].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(2 * sorted[USERS / 2]!);
  });
});
