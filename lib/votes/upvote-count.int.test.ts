import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { recountUpvotes } from "@/lib/votes/recount";
import { setUpvote } from "@/lib/votes/set-upvote";

let papers: string[];
afterAll(() => db.$disconnect());

beforeAll(async () => {
  papers = Array.from({ length: 20 }, () => newPaperId());
  await db.paper.createMany({ data: papers.map((id, i) => ({ id, title: `Fictional paper ${i}`, abstract: "x" })) });
});

const users = (prefix: string, n: number) =>
  Promise.all(
    Array.from(
      { length: n },
      async (_, i) => (await db.user.create({ data: { email: `${prefix}${i}@example.com` } })).id,
    ),
  );

/** Papers whose stored count or trending score differs from their vote rows. */
const drifted = () =>
  db.$queryRaw<{ id: string; stored: number; actual: number }[]>`
    SELECT p.id, p.upvote_count AS stored, (SELECT count(*) FROM upvotes u WHERE u.paper_id = p.id)::int AS actual
    FROM papers p
    WHERE p.upvote_count <> (SELECT count(*) FROM upvotes u WHERE u.paper_id = p.id)
       OR p.hot_score IS DISTINCT FROM
          log(p.upvote_count + 1) + (paperboy_epoch(coalesce(p.published_at, p.created_at)) - 1700000000) / 45000`;

describe("papers.upvote_count", () => {
  it("drops a deleted account's votes from every count at once, with no recount", async () => {
    const [gone, stays] = await users("deleted", 2);
    for (const paper of papers) await setUpvote(db, gone!, paper, true);
    for (const paper of papers.slice(0, 5)) await setUpvote(db, stays!, paper, true);

    await db.user.delete({ where: { id: gone! } }); // what deleteAccountAction does; the votes go by cascade
    expect(await drifted()).toEqual([]);
    expect((await db.paper.findUniqueOrThrow({ where: { id: papers[0]! } })).upvoteCount).toBe(1);
    expect((await db.paper.findUniqueOrThrow({ where: { id: papers[9]! } })).upvoteCount).toBe(0);
  });

  it("stays exact when many accounts go in one statement, and when votes are inserted or truncated in bulk", async () => {
    const voters = await users("bulk", 30);
    await db.upvote.createMany({ data: voters.flatMap((userId) => papers.map((paperId) => ({ userId, paperId }))) });
    expect(await drifted()).toEqual([]);
    await db.user.deleteMany({ where: { id: { in: voters.slice(0, 17) } } });
    expect(await drifted()).toEqual([]);
    expect((await db.paper.findUniqueOrThrow({ where: { id: papers[3]! } })).upvoteCount).toBe(14); // 13 + "deleted1"
    await db.$executeRawUnsafe("TRUNCATE upvotes");
    expect(await drifted()).toEqual([]);
  });

  it("is repaired by a recount running while votes land, and no vote is lost", async () => {
    const voters = await users("racer", 40);
    // Enough papers that a recount takes a while: the window in which a racing one would lose a vote.
    const more = Array.from({ length: 5000 }, () => newPaperId());
    await db.paper.createMany({ data: more.map((id) => ({ id, title: "Fictional filler", abstract: "x" })) });
    const hot = more.slice(0, 40);
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

    for (let round = 0; round < 3; round++) {
      // Drift on every paper being voted on, so the recount has to write exactly where votes land.
      await db.$executeRaw`UPDATE papers SET upvote_count = upvote_count + 100 WHERE id = ANY(${hot})`;
      // Voters keep voting until the recount is over, so it runs while votes land from start to end.
      let done = 0;
      let recounted = false;
      let started: () => void;
      const warmedUp = new Promise<void>((resolve) => (started = resolve));
      const vote = async (user: string) => {
        for (let i = 0; i < 10 || !recounted; i++) {
          await setUpvote(db, user, hot[Math.floor(random() * hot.length)]!, random() < 0.6);
          if (++done === 200) started();
        }
      };
      const voting = Promise.all(voters.map(vote));
      await warmedUp;
      const { fixed } = await recountUpvotes(db).finally(() => (recounted = true));
      await voting;

      // Each count lost exactly its drift, not a vote that landed meanwhile: nothing left to repair.
      expect(fixed.map((f) => f.was - f.now)).toEqual(hot.map(() => 100));
      expect(await drifted()).toEqual([]);
    }
  }, 120_000); // a busy machine slows 40 voters and a 5,000-paper recount a lot; nothing here is timed
});
