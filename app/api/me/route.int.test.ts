import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/me/route";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { getAs, signedInReader } from "@/lib/testing/signed-in";

const DAY = 24 * 3600_000;
const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const reader = signedInReader;
const call = (query: string, sessionToken?: string) =>
  getAs(GET, `http://localhost:3000/api/me?${query}`, sessionToken);

let ann: Awaited<ReturnType<typeof reader>>;
let bob: Awaited<ReturnType<typeof reader>>;
const [liked, hidden, plain, bobs] = [newPaperId(), newPaperId(), newPaperId(), newPaperId()];
let curated: string, annsTopic: string, bobsTopic: string;

beforeAll(async () => {
  [ann, bob] = await Promise.all([reader("Ann"), reader("Bob")]);
  await db.paper.createMany({
    data: [liked, hidden, plain, bobs].map((id) => ({ id, title: `Fictional paper ${id}`, abstract: "x" })),
  });
  await db.upvote.createMany({
    data: [
      { userId: ann.id, paperId: liked },
      { userId: bob.id, paperId: liked },
      { userId: bob.id, paperId: bobs },
    ],
  });
  await db.hiddenPaper.createMany({
    data: [
      { userId: ann.id, paperId: hidden },
      { userId: bob.id, paperId: plain },
    ],
  });
  const topic = (slug: string, ownerId: string | null) =>
    db.topic.create({ data: { slug: `${slug}-${hex(3)}`, name: slug, query: slug, ownerId } });
  curated = (await topic("curated", null)).id;
  annsTopic = (await topic("anns-own", ann.id)).id;
  bobsTopic = (await topic("bobs-own", bob.id)).id;
  await db.topicFollow.createMany({
    data: [
      { userId: ann.id, topicId: annsTopic },
      { userId: bob.id, topicId: curated },
      { userId: bob.id, topicId: bobsTopic },
    ],
  });
});

describe("GET /api/me", () => {
  it("answers a visitor without a session cookie with no viewer, uncacheable", async () => {
    const { response, body } = await call(`papers=${liked}`);
    expect(body).toEqual({ viewer: null });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("answers a dead or malformed session cookie with no viewer and drops the cookie", async () => {
    for (const token of [hex(32), "not a token", "\u0000"]) {
      const { response, body } = await call(`papers=${liked}`, encodeURIComponent(token));
      expect(body).toEqual({ viewer: null });
      const cookie = response.headers.get("set-cookie") ?? "";
      expect(cookie).toContain(`${SESSION_COOKIE}=;`);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).toContain("Expires=Thu, 01 Jan 1970");
    }
  });

  it("gives the reader their own state for what the page shows, and the current counts", async () => {
    const missing = newPaperId();
    const papers = [liked, hidden, plain, missing].join(",");
    const { response, body } = await call(`papers=${papers}&topics=${curated},${annsTopic}`, ann.sessionToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toEqual({
      viewer: { name: "Ann", email: ann.email, digestEnabled: false, timeZone: null },
      upvoted: [liked],
      hidden: [hidden],
      counts: { [liked]: 2, [hidden]: 0, [plain]: 0 },
      following: [annsTopic],
    });
  });

  it("never shows another reader's votes, hidden papers, follows, topics, id or session", async () => {
    const { text, body } = await call(`papers=${bobs},${plain}&topics=${curated},${bobsTopic}&own=1`, ann.sessionToken);
    expect(body).toMatchObject({ upvoted: [], hidden: [], following: [] });
    expect((body.ownTopics as { id: string }[]).map((t) => t.id)).toEqual([annsTopic]);
    for (const secret of [bob.id, bob.email!, bob.sessionToken, ann.id, ann.sessionToken]) {
      expect(text).not.toContain(secret);
    }
  });

  it("with own=1, lists the reader's private topics as the topics list shows them", async () => {
    const { body } = await call("own=1", ann.sessionToken);
    expect(body.ownTopics).toEqual([
      {
        id: annsTopic,
        slug: expect.stringMatching(/^anns-own-/),
        name: "anns-own",
        description: "",
        query: "anns-own",
        own: true,
        followers: 1,
        papers: 0,
        following: true,
      },
    ]);
    expect((await call("", ann.sessionToken)).body).not.toHaveProperty("ownTopics");
  });

  it("re-sets the cookie with the new expiry when it slides the session, and only then", async () => {
    const eve = await reader("Eve"); // her session ends in a day, so her first read slides it
    const { response } = await call("", eve.sessionToken);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${SESSION_COOKIE}=${eve.sessionToken};`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: eve.sessionToken } });
    expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(cookie).toContain(`Expires=${row.expires.toUTCString()}`);

    // Not slid again within the day: no cookie, which a late answer could otherwise put back after the
    // browser dropped its cookies.
    const again = await call("", eve.sessionToken);
    expect(again.body.viewer).toMatchObject({ name: "Eve" });
    expect(again.response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses ids that could never name a row, saying which", async () => {
    for (const [query, message] of [
      ["papers=abc", "papers: item 1: Not a paper id"],
      [`papers=${liked},${liked.toUpperCase()}`, "papers: item 2: Not a paper id"],
      [`topics=${curated},,x`, "topics: item 2: Not an id"],
      ["topics=a%00b", "topics: item 1: Not an id"],
      ["own=yes", "own: Use own=1 or leave it out."],
    ]) {
      const { response, body } = await call(query!, ann.sessionToken);
      expect(response.status, query).toBe(400);
      expect(body).toEqual({ error: message });
    }
  });

  it("refuses more than 100 ids in a list, signed in or not", async () => {
    const many = Array.from({ length: 101 }, () => newPaperId()).join(",");
    for (const token of [ann.sessionToken, undefined]) {
      const { response, body } = await call(`papers=${many}`, token);
      expect(response.status).toBe(400);
      expect(body).toEqual({ error: "papers: Ask about at most 100 papers at once." });
    }
    const hundred = Array.from({ length: 100 }, () => newPaperId()).join(",");
    expect((await call(`papers=${hundred}`, ann.sessionToken)).response.status).toBe(200);
  });

  it("stops answering for a reader the moment they sign out or delete their account", async () => {
    const carl = await reader("Carl");
    expect((await call("", carl.sessionToken)).body.viewer).toMatchObject({ name: "Carl" });
    await db.session.deleteMany({ where: { userId: carl.id } });
    expect((await call("", carl.sessionToken)).body).toEqual({ viewer: null });

    const dora = await reader("Dora");
    await db.user.delete({ where: { id: dora.id } });
    expect((await call("", dora.sessionToken)).body).toEqual({ viewer: null });
  });
});
