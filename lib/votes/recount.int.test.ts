import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { recountUpvotes } from "@/lib/votes/recount";
import { setUpvote } from "@/lib/votes/set-upvote";

let papers: string[];

beforeAll(async () => {
  const voter = (await db.user.create({ data: { email: "voter@example.com" } })).id;
  papers = Array.from({ length: 10 }, () => newPaperId());
  await db.paper.createMany({ data: papers.map((id, i) => ({ id, title: `Fictional paper ${i}`, abstract: "x" })) });
  for (const paper of papers.slice(0, 3)) await setUpvote(db, voter, paper, true);
});
afterAll(() => db.$disconnect());

const count = async (paperId: string) => (await db.paper.findUniqueOrThrow({ where: { id: paperId } })).upvoteCount;

describe("recountUpvotes", () => {
  it("repairs a drifted count and reports what it fixed", async () => {
    const [paper] = papers;
    const truth = await count(paper!);
    await db.paper.update({ where: { id: paper! }, data: { upvoteCount: truth + 7 } });
    const { fixed, checked } = await recountUpvotes(db);
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(fixed).toEqual([{ paperId: paper!, was: truth + 7, now: truth }]);
    expect(await count(paper!)).toBe(truth);
  });
});
