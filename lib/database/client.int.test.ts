import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, isDatabaseBusy, isStatementTimeout } from "@/lib/database/client";

const quick = createPrismaClient(process.env.DATABASE_URL!, { statementTimeoutMs: 200 });
const patient = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([quick.$disconnect(), patient.$disconnect()]));

describe("createPrismaClient's statement timeout", () => {
  it("cancels a statement that runs longer, with an error isStatementTimeout recognises", async () => {
    const error = await quick.$queryRaw`SELECT pg_sleep(2)::text`.catch((e: unknown) => e);
    expect(isStatementTimeout(error)).toBe(true);
    // The connection survives: the next statement on the pool works.
    expect(await quick.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("holds inside transactions too", async () => {
    const error = await quick.$transaction((tx) => tx.$executeRaw`SELECT pg_sleep(2)::text`).catch((e: unknown) => e);
    expect(isStatementTimeout(error)).toBe(true);
  });

  it("is off unless asked for", async () => {
    await expect(patient.$queryRaw`SELECT pg_sleep(0.4)::text`).resolves.toHaveLength(1);
    expect(isStatementTimeout(new Error("relation does not exist"))).toBe(false);
  });

  it("counts as busy, like a transaction that finds no free connection in time", async () => {
    expect(isDatabaseBusy(await quick.$queryRaw`SELECT pg_sleep(2)::text`.catch((e: unknown) => e))).toBe(true);
    // More transactions than the pool has connections (10), each holding one for a while.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        patient.$transaction((tx) => tx.$executeRaw`SELECT pg_sleep(0.3)::text`, { maxWait: 50 }),
      ),
    );
    const errors = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseBusy(new Error("relation does not exist"))).toBe(false);
  });
});
