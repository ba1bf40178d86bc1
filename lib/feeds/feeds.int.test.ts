import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as forYouGet } from "@/app/feeds/for-you/[token]/route";
import { GET as topicGet } from "@/app/feeds/topics/[slug]/route";
import { GET as trendingAtomGet } from "@/app/feeds/trending.atom/route";
import { GET as trendingRssGet } from "@/app/feeds/trending.rss/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "@/lib/feeds/testing/parse-xml";
import { createFeedToken } from "@/lib/feeds/token";
import { readSample } from "@/lib/papers/sample";
import { matchTopic } from "@/lib/topics/match";
import { seed } from "@/prisma/seed";

const ATOM_TYPE = "application/atom+xml; charset=utf-8";
const RSS_TYPE = "application/rss+xml; charset=utf-8";

const topic = (slug: string) =>
  topicGet(new Request(`http://localhost/feeds/topics/${slug}`), { params: Promise.resolve({ slug }) });
const forYou = (token: string) =>
  forYouGet(new Request(`http://localhost/feeds/for-you/${token}`), { params: Promise.resolve({ token }) });

const text = (element: XmlElement, name: string) => childNamed(element, name).text;
const paperIdOf = (url: string) => url.slice(`${env.APP_URL}/papers/`.length);

async function atomEntries(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(ATOM_TYPE);
  return childrenNamed(parseXml(await response.text()), "entry");
}

async function topicPaperIds(slug: string) {
  const rows = await db.paperTopic.findMany({ where: { topic: { slug } }, select: { paperId: true } });
  return new Set(rows.map((row) => row.paperId));
}

let sampleTitles: string[];
let reader: { id: string };
let token: string;

beforeAll(async () => {
  await seed(db);
  sampleTitles = (await readSample()).map((paper) => paper.title);
  const made = createFeedToken();
  token = made.token;
  reader = await db.user.create({
    data: { email: "reader@example.com", feedTokenHash: made.hash },
    select: { id: true },
  });
  const speech = await db.topic.findUniqueOrThrow({ where: { slug: "speech" }, select: { id: true } });
  await db.topicFollow.create({ data: { userId: reader.id, topicId: speech.id } });
  const own = await db.topic.create({
    data: { slug: "readers-4bit-0123abcd", name: "Reader's 4-bit", query: '"4-bit"', ownerId: reader.id },
    select: { id: true },
  });
  await matchTopic(db, own.id);
});
afterAll(() => db.$disconnect());

describe("the trending feeds", () => {
  it("Atom: the 50 trending papers, publicly cacheable, each linking to its paper", async () => {
    const response = await trendingAtomGet();
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const entries = await atomEntries(response);
    expect(entries).toHaveLength(50);
    expect(entries.map((e) => text(e, "title")).sort()).toEqual([...sampleTitles].sort());
    for (const entry of entries) {
      expect(text(entry, "id")).toBe(childNamed(entry, "link").attributes.href);
      expect(text(entry, "published")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(text(entry, "summary").length).toBeGreaterThan(20);
    }
  });

  it("RSS: the same 50 papers in the same order", async () => {
    const response = await trendingRssGet();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(RSS_TYPE);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const items = childrenNamed(childNamed(parseXml(await response.text()), "channel"), "item");
    const atomTitles = (await atomEntries(await trendingAtomGet())).map((e) => text(e, "title"));
    expect(items.map((item) => text(item, "title"))).toEqual(atomTitles);
    expect(text(items[0]!, "pubDate")).toMatch(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
  });
});

describe("topic feeds", () => {
  it("hold only the topic's own papers, in Atom and in RSS", async () => {
    const ids = await topicPaperIds("quantization");
    expect(ids.size).toBeGreaterThan(0);
    const entries = await atomEntries(await topic("quantization.atom"));
    expect(entries).toHaveLength(Math.min(50, ids.size));
    for (const entry of entries) expect(ids).toContain(paperIdOf(childNamed(entry, "link").attributes.href!));

    const response = await topic("quantization.rss");
    expect(response.headers.get("content-type")).toBe(RSS_TYPE);
    const items = childrenNamed(childNamed(parseXml(await response.text()), "channel"), "item");
    expect(items.map((item) => paperIdOf(text(item, "link"))).sort()).toEqual([...ids].sort());
  });

  it.each([
    ["someone's private topic", "readers-4bit-0123abcd.atom"],
    ["an unknown topic", "no-such-topic.atom"],
    ["no format", "quantization"],
    ["another format", "quantization.json"],
    ["a path trick", "..%2Fquantization.atom"],
  ])("answer 404 for %s", async (_case, name) => {
    expect((await topic(name)).status).toBe(404);
  });
});

describe("the private For you feed", () => {
  it("with the right token: only papers from followed topics, the topics as categories, never cached", async () => {
    const response = await forYou(token);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const entries = await atomEntries(response);
    const speech = await topicPaperIds("speech");
    expect(speech.size).toBeGreaterThan(0);
    expect(entries).toHaveLength(Math.min(50, speech.size));
    for (const entry of entries) {
      expect(speech).toContain(paperIdOf(childNamed(entry, "link").attributes.href!));
      expect(childrenNamed(entry, "category").map((c) => c.attributes)).toContainEqual(
        expect.objectContaining({ term: "speech", label: "Speech & audio" }),
      );
    }
  });

  it.each([
    ["a wrong token", () => createFeedToken().token],
    ["a token one character short", () => token.slice(1)],
    ["a token with a character from outside base64url", () => `${token.slice(1)}.`],
    ["the token's hash", () => "f".repeat(64)],
  ])("answers 404 to %s", async (_case, make) => {
    expect((await forYou(make())).status).toBe(404);
  });

  it("answers 404 once the feed is turned off", async () => {
    await db.user.update({ where: { id: reader.id }, data: { feedTokenHash: null } });
    expect((await forYou(token)).status).toBe(404);
  });
});
