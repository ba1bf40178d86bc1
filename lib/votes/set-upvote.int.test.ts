import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { hotScore } from "@/lib/ranking/hot";
import { recountUpvotes } from "@/lib/votes/recount";
import { setUpvote } from "@/lib/votes/set-upvote";

let users: string[];
let papers: string[];

beforeAll(async () => {
  users = [];
  for (let i = 0; i < 100; i++) users.push((await db.user.create({ data: { email: `voter${i}@example.com` } })).id);
  papers = Array.from({ length: 10 }, () => newPaperId());
  await db.paper.createMany({
    data: papers.map((id, i) => ({
      id,
      title: `Fictional paper ${i}`,
      abstract: "x",
      publishedAt: new Date(Date.UTC(2026, 10, 1 + i)),
    })),
  });
});
afterAll(() => db.$disconnect());

const count = async (paperId: string) => (await db.paper.findUniqueOrThrow({ where: { id: paperId } })).upvoteCount;

describe("setUpvote", () => {
  it("counts setting a vote twice as one vote, and unsetting a missing vote as nothing", async () => {
    const [paper] = papers;
    expect(await setUpvote(db, users[0]!, paper!, true)).toEqual({ upvoted: true, count: 1 });
    expect(await setUpvote(db, users[0]!, paper!, true)).toEqual({ upvoted: true, count: 1 });
    expect(await setUpvote(db, users[1]!, paper!, false)).toEqual({ upvoted: false, count: 1 });
    expect(await setUpvote(db, users[0]!, paper!, false)).toEqual({ upvoted: false, count: 0 });
    expect(await setUpvote(db, users[0]!, paper!, false)).toEqual({ upvoted: false, count: 0 });
    expect(await db.upvote.count({ where: { paperId: paper! } })).toBe(0);
  });

  it("refuses an unknown paper and writes nothing", async () => {
    expect(await setUpvote(db, users[0]!, "zzzzzzzzzzzz", true)).toBeNull();
    expect(await db.upvote.count({ where: { paperId: "zzzzzzzzzzzz" } })).toBe(0);
  });

  it("stays exact under 1,000 concurrent set/unset calls from 100 users on 10 papers", async () => {
    // A deterministic shuffle of every (user, paper) pair, each set or unset at random.
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const calls = users.flatMap((user) => papers.map((paper) => ({ user, paper, upvoted: random() < 0.6 })));
    calls.sort(() => random() - 0.5);
    // Some pairs a second time, in the opposite direction, racing the first.
    const again = calls.slice(0, 200).map((c) => ({ ...c, upvoted: !c.upvoted }));
    await Promise.all([...calls, ...again].map((c) => setUpvote(db, c.user, c.paper, c.upvoted)));

    for (const paper of papers) {
      expect(await count(paper)).toBe(await db.upvote.count({ where: { paperId: paper } }));
    }
    const duplicates = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM upvotes GROUP BY user_id, paper_id HAVING count(*) > 1) d`;
    expect(duplicates[0]!.n).toBe(0);
    expect((await recountUpvotes(db)).fixed).toEqual([]);
  });

  it("keeps the stored trending score equal to the published formula", async () => {
    const rows = await db.paper.findMany({
      where: { id: { in: papers } },
      select: { upvoteCount: true, publishedAt: true, hotScore: true },
    });
    for (const row of rows) expect(row.hotScore).toBeCloseTo(hotScore(row.upvoteCount, row.publishedAt!), 9);
  });
});
