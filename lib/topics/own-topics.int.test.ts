import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { numbatPapers } from "@/lib/testing/numbats";
import { createOwnTopic } from "@/lib/topics/create-own-topic";
import { OWN_TOPIC_PAPERS, matchOwnTopic } from "@/lib/topics/match";
import { MAX_OWN_TOPICS, TOPIC_QUERY_MAX_WORDS, topicQuerySchema } from "@/lib/validations/topics";

const newUser = async () => (await db.user.create({ data: { email: `${newPaperId()}@example.com` } })).id;

// More papers say "numbat" than a topic keeps: the newest OWN_TOPIC_PAPERS + 3.
const numbats = numbatPapers(OWN_TOPIC_PAPERS + 3);
beforeAll(() => db.paper.createMany({ data: numbats }));
afterAll(() => db.paper.deleteMany({ where: { id: { in: numbats.map((p) => p.id) } } }));

describe("createOwnTopic", () => {
  it(`holds the cap of ${MAX_OWN_TOPICS} against 60 parallel creates`, async () => {
    const user = await newUser();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => createOwnTopic(db, user, { name: `Topic ${i}`, query: "termite" })),
    );
    expect(results.filter(Boolean)).toHaveLength(MAX_OWN_TOPICS);
    expect(await db.topic.count({ where: { ownerId: user } })).toBe(MAX_OWN_TOPICS);
    // A refused create leaves nothing behind: no follow, no matches of a topic that does not exist.
    expect(await db.topicFollow.count({ where: { userId: user } })).toBe(MAX_OWN_TOPICS);
    expect(await createOwnTopic(db, user, { name: "One more", query: "termite" })).toBeNull();
  });

  it("follows the new topic and matches its newest papers, no more than OWN_TOPIC_PAPERS", async () => {
    const user = await newUser();
    const topic = (await createOwnTopic(db, user, { name: "Numbats", query: "numbat" }))!;
    expect(await db.topicFollow.count({ where: { userId: user, topicId: topic.id } })).toBe(1);
    const matched = await db.paperTopic.findMany({ where: { topicId: topic.id }, select: { paperId: true } });
    expect(matched).toHaveLength(OWN_TOPIC_PAPERS);
    const oldest = numbats.slice(0, 3).map((p) => p.id);
    expect(matched.map((m) => m.paperId)).not.toEqual(expect.arrayContaining([oldest[0]]));

    await matchOwnTopic(db, topic.id, '"numbat survey 7"');
    expect(await db.paperTopic.count({ where: { topicId: topic.id } })).toBe(1);
  });
});

describe("the topics_own_topic_bounds CHECK", () => {
  const insert = async (data: { name?: string; query?: string; description?: string; categories?: string[] }) => {
    const ownerId = await newUser();
    return db.topic.create({ data: { slug: newPaperId(), name: "n", query: "q", ownerId, ...data } });
  };

  it("refuses private topics past the limits, whoever writes them", async () => {
    for (const data of [
      { name: "n".repeat(61) },
      { query: "q".repeat(201) },
      { query: Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ") },
      { description: "a private topic has no description" },
      { categories: ["cs.LG"] },
    ]) {
      await expect(insert(data), JSON.stringify(data).slice(0, 60)).rejects.toThrow(/topics_own_topic_bounds/);
    }
  });

  it("accepts every query the form accepts, however its words are joined", async () => {
    const words = Array.from({ length: TOPIC_QUERY_MAX_WORDS }, (_, i) => `w${i}`);
    const pairs = Array.from({ length: TOPIC_QUERY_MAX_WORDS / 2 }, (_, i) => `-${words[2 * i]}-${words[2 * i + 1]}`);
    for (const query of [words.join(" "), words.join("-"), words.map((w) => `-${w}`).join(" "), pairs.join(" ")]) {
      expect(topicQuerySchema.safeParse(query).success, query).toBe(true);
      await expect(insert({ query }), query).resolves.toMatchObject({ query });
    }
  });

  it("leaves the curated catalogue alone", async () => {
    const topic = await db.topic.create({
      data: {
        slug: newPaperId(),
        name: "Curated",
        query: "q ".repeat(150),
        description: "About it",
        categories: ["cs.LG"],
      },
    });
    expect(topic.ownerId).toBeNull();
  });
});
