import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consume, consumeAll } from "@/lib/rate-limit";

afterAll(() => db.$disconnect());

const fiveIn15Minutes = { limit: 5, windowMs: 15 * 60_000 };

describe("rate limits", () => {
  it("allow the first five attempts and refuse the sixth, saying when to retry", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consume("test:a@example.com", fiveIn15Minutes));
    expect(results.slice(0, 5).every((r) => r.allowed)).toBe(true);
    const sixth = results[5]!;
    expect(sixth.allowed).toBe(false);
    if (!sixth.allowed) {
      expect(sixth.retryAfterMs).toBeGreaterThan(14 * 60_000);
      expect(sixth.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
    }
  });

  it("keep keys apart", async () => {
    for (let i = 0; i < 5; i++) await consume("test:b@example.com", fiveIn15Minutes);
    expect((await consume("test:c@example.com", fiveIn15Minutes)).allowed).toBe(true);
  });

  it("let no concurrent burst slip past the limit", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => consume("test:burst", fiveIn15Minutes)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await db.rateLimitHit.count({ where: { key: "test:burst" } })).toBe(5);
  });

  it("free up again once the window has passed", async () => {
    for (let i = 0; i < 5; i++) await consume("test:old", fiveIn15Minutes);
    await db.$executeRaw`UPDATE rate_limit_hits SET at = at - interval '16 minutes' WHERE key = 'test:old'`;
    expect((await consume("test:old", fiveIn15Minutes)).allowed).toBe(true);
    expect(await db.rateLimitHit.count({ where: { key: "test:old" } })).toBe(1);
  });

  it("refuse when any one of several limits is exhausted", async () => {
    const perIp = { limit: 2, windowMs: 60_000 };
    expect(
      (
        await consumeAll([
          ["test:ip", perIp],
          ["test:d@example.com", fiveIn15Minutes],
        ])
      ).allowed,
    ).toBe(true);
    expect(
      (
        await consumeAll([
          ["test:ip", perIp],
          ["test:e@example.com", fiveIn15Minutes],
        ])
      ).allowed,
    ).toBe(true);
    expect(
      (
        await consumeAll([
          ["test:ip", perIp],
          ["test:f@example.com", fiveIn15Minutes],
        ])
      ).allowed,
    ).toBe(false);
  });

  it("count a refused attempt against none of its keys", async () => {
    const perIp = { limit: 1, windowMs: 60_000 };
    expect(
      (
        await consumeAll([
          ["test:g@example.com", fiveIn15Minutes],
          ["test:ip2", perIp],
        ])
      ).allowed,
    ).toBe(true);
    const refused = await consumeAll([
      ["test:h@example.com", fiveIn15Minutes],
      ["test:ip2", perIp],
    ]);
    // Naming the full key lets the caller say which limit it was (the site-wide sign-in ceiling, say).
    expect(refused).toMatchObject({ allowed: false, full: ["test:ip2"] });
    expect(await db.rateLimitHit.count({ where: { key: "test:h@example.com" } })).toBe(0);
    expect(await db.rateLimitHit.count({ where: { key: "test:ip2" } })).toBe(1);
  });

  it("take overlapping keys in any order at once without deadlocking or overshooting", async () => {
    const perIp = { limit: 3, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        consumeAll(
          i % 2 === 0
            ? [
                ["test:shared-a", perIp],
                ["test:shared-b", fiveIn15Minutes],
              ]
            : [
                ["test:shared-b", fiveIn15Minutes],
                ["test:shared-a", perIp],
              ],
        ),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect(await db.rateLimitHit.count({ where: { key: "test:shared-a" } })).toBe(3);
    expect(await db.rateLimitHit.count({ where: { key: "test:shared-b" } })).toBe(3);
  });

  it("prune rows older than a day, whatever their key, and refuse windows longer than that", async () => {
    await db.rateLimitHit.create({ data: { key: "test:gone-for-good", at: new Date(Date.now() - 25 * 3600_000) } });
    await db.rateLimitHit.create({ data: { key: "test:recent-enough", at: new Date(Date.now() - 23 * 3600_000) } });
    await consume("test:someone-else", fiveIn15Minutes);
    expect(await db.rateLimitHit.count({ where: { key: "test:gone-for-good" } })).toBe(0);
    expect(await db.rateLimitHit.count({ where: { key: "test:recent-enough" } })).toBe(1);
    await expect(consume("test:weekly", { limit: 1, windowMs: 7 * 24 * 3600_000 })).rejects.toThrow(RangeError);
  });
});
