import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATCH_CAP } from "@/lib/data/search";
import { getTopic, listTopicChoices, listTopicPapers, listTopics, previewQuery } from "@/lib/data/topics";
import { db } from "@/lib/db";
import { numbatPapers } from "@/lib/testing/numbats";
import { matchTopic } from "@/lib/topics/match";
import { queryHasTerms } from "@/lib/topics/query";
import { seed } from "@/prisma/seed";

let alice: string;
let bob: string;
let alicesTopic: { id: string; slug: string };

beforeAll(async () => {
  await seed(db);
  alice = (await db.user.create({ data: { email: "alice@example.com" } })).id;
  bob = (await db.user.create({ data: { email: "bob@example.com" } })).id;
  alicesTopic = await db.topic.create({
    data: { slug: "alices-4bit-1234abcd", name: "Alice's 4-bit", query: '"4-bit"', ownerId: alice },
    select: { id: true, slug: true },
  });
  await matchTopic(db, alicesTopic.id);
  const speech = await db.topic.findUniqueOrThrow({ where: { slug: "speech" } });
  await db.topicFollow.create({ data: { userId: alice, topicId: speech.id } });
});
afterAll(() => db.$disconnect());

describe("listTopicChoices", () => {
  it("lists the same topics in the same order as listTopics, names only", async () => {
    for (const user of [alice, bob, null]) {
      const full = await listTopics(user);
      expect(await listTopicChoices(user)).toEqual(full.map(({ id, slug, name }) => ({ id, slug, name })));
    }
    expect((await listTopicChoices(bob)).map((t) => t.slug)).not.toContain(alicesTopic.slug);
  });
});

describe("listTopics", () => {
  it("puts followed topics first, then your own, then the rest A–Z, with counts", async () => {
    const topics = await listTopics(alice);
    expect(topics[0]).toMatchObject({ slug: "speech", following: true, followers: 1 });
    expect(topics[1]).toMatchObject({ slug: alicesTopic.slug, own: true, following: false });
    const rest = topics.slice(2).map((t) => t.name);
    expect(rest).toEqual([...rest].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(topics.find((t) => t.slug === "quantization")!.papers).toBeGreaterThan(0);
  });

  it("hides other people's private topics", async () => {
    expect((await listTopics(bob)).map((t) => t.slug)).not.toContain(alicesTopic.slug);
    expect((await listTopics(null)).map((t) => t.slug)).not.toContain(alicesTopic.slug);
    expect(await getTopic(alicesTopic.slug, bob)).toBeNull();
    expect(await getTopic(alicesTopic.slug, null)).toBeNull();
    expect(await getTopic(alicesTopic.slug, alice)).toMatchObject({ own: true });
  });
});

describe("listTopicPapers", () => {
  it("lists the papers matched to a topic", async () => {
    const topic = (await getTopic(alicesTopic.slug, alice))!;
    const { papers } = await listTopicPapers(topic.id, topic.papers, 1);
    expect(papers.length).toBe(topic.papers);
    expect(papers.map((p) => p.title)).toContain("Stable-SPAM: How to Train in 4-Bit More Stably than 16-Bit Adam");
  });
});

describe("keyword queries", () => {
  it("treat hostile text as words or as nothing, never as SQL", async () => {
    for (const query of ["'; drop table papers; --", "&|!():*", "a:* & b:*", "x".repeat(10_000), "\\'\"`"]) {
      await expect(queryHasTerms(query)).resolves.toBeTypeOf("boolean");
      await expect(previewQuery(query)).resolves.toMatchObject({ count: expect.any(Number) });
    }
    expect(await queryHasTerms("&|!():*")).toBe(false);
    expect(await queryHasTerms("the")).toBe(false);
    expect(await queryHasTerms("'; drop table papers; --")).toBe(true);
    expect(await db.paper.count()).toBe(50);
  });

  it("preview the newest matches and the total", async () => {
    const preview = await previewQuery("speculative decoding");
    expect(preview.count).toBeGreaterThan(0);
    expect(preview.papers.map((p) => p.title)).toContain("AutoJudge: Judge Decoding Without Manual Annotation");
  });
});

describe("previewQuery", () => {
  // More papers say "numbat" than a preview counts: MATCH_CAP + 3.
  const numbats = numbatPapers(MATCH_CAP + 3);
  beforeAll(() => db.paper.createMany({ data: numbats }));
  afterAll(() => db.paper.deleteMany({ where: { id: { in: numbats.map((p) => p.id) } } }));

  it("counts up to MATCH_CAP and says there are more", async () => {
    expect(await previewQuery("numbat")).toMatchObject({ count: MATCH_CAP, more: true });
    expect(await previewQuery('"numbat survey 7"')).toMatchObject({ count: 1, more: false });
  });
});
