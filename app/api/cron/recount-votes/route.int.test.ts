import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPaperId } from "@/lib/papers/paper-id";

// lib/env.ts reads the environment once, when first imported: set the secret before anything loads it.
const SECRET = "a-cron-secret-for-this-test-only";
process.env.CRON_SECRET = SECRET;
const { GET } = await import("@/app/api/cron/recount-votes/route");
const { db } = await import("@/lib/db");

const call = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/recount-votes", { headers: authorization ? { authorization } : {} }));

let paperId: string;
beforeAll(async () => {
  paperId = newPaperId();
  const user = await db.user.create({ data: { email: "recount@example.com" } });
  await db.paper.create({ data: { id: paperId, title: "Fictional recount target", abstract: "x" } });
  await db.upvote.create({ data: { userId: user.id, paperId } });
  // A count that drifted from outside the app (the vote's trigger made it 1).
  await db.paper.update({ where: { id: paperId }, data: { upvoteCount: 5 } });
});
afterAll(() => db.$disconnect());

describe("GET /api/cron/recount-votes", () => {
  it("refuses a missing, wrong or `Bearer undefined` secret and changes nothing", async () => {
    for (const header of [undefined, "Bearer wrong-secret", "Bearer undefined", `Basic ${SECRET}`]) {
      expect((await call(header)).status).toBe(401);
    }
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).upvoteCount).toBe(5);
  });

  it("repairs drifted counts and reports them", async () => {
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { fixed: unknown[]; paperTotal: unknown };
    expect(body.fixed).toEqual([{ paperId, was: 5, now: 1 }]);
    expect(body.paperTotal).toBeNull(); // the triggers kept it right
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).upvoteCount).toBe(1);
  });

  it("repairs the stored paper total when something wrote around its triggers", async () => {
    const papers = await db.paper.count();
    await db.paperStats.update({ where: { id: true }, data: { papers: papers + 7 } });
    const body = (await (await call(`Bearer ${SECRET}`)).json()) as { fixed: unknown[]; paperTotal: unknown };
    expect(body).toMatchObject({ fixed: [], paperTotal: { was: papers + 7, now: papers } });
    expect((await db.paperStats.findUniqueOrThrow({ where: { id: true } })).papers).toBe(papers);
  });
});
