import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/for-you/route";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { CardText } from "@/lib/math/rendered";
import { newPaperId } from "@/lib/papers/paper-id";
import { getAs, signedInReader } from "@/lib/testing/signed-in";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const reader = signedInReader;
const call = (query: string, sessionToken?: string) =>
  getAs(GET, `http://localhost:3000/api/for-you?${query}`, sessionToken);

type Item = { id: string; text: CardText; upvoted: boolean; upvoteCount: number; reasons: { name: string }[] };

let ann: Awaited<ReturnType<typeof reader>>;
let bob: Awaited<ReturnType<typeof reader>>;
const [liked, long, hidden, bobs] = [newPaperId(), newPaperId(), newPaperId(), newPaperId()];

beforeAll(async () => {
  [ann, bob] = await Promise.all([reader("Ann"), reader("Bob")]);
  await db.paper.createMany({
    data: [liked, long, hidden, bobs].map((id) => ({
      id,
      title: id === liked ? `Packings of $E_8$ in $\\mathbb{R}^8$ ${id}` : `Fictional paper ${id}`,
      abstract: id === long ? "word ".repeat(200) : "Short.",
    })),
  });
  const topic = (name: string, ownerId: string | null) =>
    db.topic.create({ data: { slug: `${name}-${hex(3)}`, name, query: name, ownerId } });
  const [curated, bobsTopic] = await Promise.all([topic("Curated", null), topic("Bob's own", bob.id)]);
  await db.paperTopic.createMany({
    data: [
      ...[liked, long, hidden].map((paperId) => ({ paperId, topicId: curated.id })),
      { paperId: bobs, topicId: bobsTopic.id },
    ],
  });
  await db.topicFollow.createMany({
    data: [
      { userId: ann.id, topicId: curated.id },
      { userId: bob.id, topicId: curated.id },
      { userId: bob.id, topicId: bobsTopic.id },
    ],
  });
  await db.upvote.createMany({
    data: [
      { userId: ann.id, paperId: liked },
      { userId: bob.id, paperId: long },
      { userId: bob.id, paperId: bobs },
    ],
  });
  await db.hiddenPaper.createMany({
    data: [
      { userId: ann.id, paperId: hidden },
      { userId: bob.id, paperId: liked },
    ],
  });
});

describe("GET /api/for-you", () => {
  it("answers a visitor without a live session with 401, uncacheable, and drops a dead cookie", async () => {
    const { response, body } = await call("page=1");
    expect(response.status).toBe(401);
    expect(body).toEqual({ error: "Sign in to see your papers" });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("set-cookie")).toBeNull();

    const dead = await call("page=1", hex(32));
    expect(dead.response.status).toBe(401);
    expect(dead.response.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=;`);
  });

  it("re-sets the session cookie when its read slides the session, and only then", async () => {
    const fay = await reader("Fay"); // her session ends in a day, so her first read slides it
    const first = await call("page=1", fay.sessionToken);
    expect(first.response.status).toBe(200);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: fay.sessionToken } });
    expect(first.response.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=${fay.sessionToken};`);
    expect(first.response.headers.get("set-cookie")).toContain(`Expires=${row.expires.toUTCString()}`);
    const again = await call("page=1", fay.sessionToken);
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get("set-cookie")).toBeNull();
  });

  it("gives the reader their page: own votes, public counts, why-chips, excerpts and who they are", async () => {
    const { response, body } = await call("page=1", ann.sessionToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toMatchObject({
      viewer: { name: "Ann", email: ann.email, digestEnabled: false, timeZone: null },
      hasMore: false,
      followsNothing: false,
    });
    const papers = body.papers as Item[];
    expect(papers.map((p) => p.id).sort()).toEqual([liked, long].sort());
    const byId = Object.fromEntries(papers.map((p) => [p.id, p]));
    expect(byId[liked]).toMatchObject({ upvoted: true, upvoteCount: 1, reasons: [{ name: "Curated" }] });
    expect(byId[long]).toMatchObject({ upvoted: false, upvoteCount: 1 });
    // Cut on the server to what the card shows, not sent whole.
    expect(papers.every((p) => !("abstract" in p))).toBe(true);
    const [excerpt] = byId[long]!.text.excerpt;
    expect(excerpt && "text" in excerpt ? excerpt.text : "").toMatch(/^word .{200,}…$/);
    expect(JSON.stringify(byId[long]!.text.excerpt).length).toBeLessThanOrEqual(300);
    // Math comes rendered: the browser inserts KaTeX's HTML and never loads KaTeX.
    const [before, formula] = byId[liked]!.text.title;
    expect(before).toEqual({ text: "Packings of " });
    expect(formula).toMatchObject({ display: false, html: expect.stringMatching(/class="katex".*<math/) });
  });

  it("sends each card's first authors, public topic chips and links, never the reader's own topics", async () => {
    await db.paper.update({
      where: { id: long },
      data: { arxivId: "2501.04242", authors: ["A", "B", "C", "D", "E"], githubRepo: "https://github.com/o/r" },
    });
    const { body } = await call("page=1", bob.sessionToken);
    const byId = Object.fromEntries((body.papers as (Item & Record<string, unknown>)[]).map((p) => [p.id, p]));
    expect(byId[long]).toMatchObject({
      authors: ["A", "B", "C"],
      authorCount: 5,
      topics: [{ name: "Curated" }],
      topicCount: 1,
      links: {
        abs: "https://arxiv.org/abs/2501.04242",
        pdf: "https://arxiv.org/pdf/2501.04242",
        code: "https://github.com/o/r",
        hf: "https://huggingface.co/papers/2501.04242",
      },
    });
    // Bob's own topic explains why the paper is here (a reason), but is no chip on the shared card.
    expect(byId[bobs]).toMatchObject({ topics: [], topicCount: 0, reasons: [{ name: "Bob's own", own: true }] });
  });

  it("never shows another reader's papers, votes, hidden papers, topics, id or session", async () => {
    const { text, body } = await call("page=1", ann.sessionToken);
    expect((body.papers as Item[]).map((p) => p.id)).not.toContain(bobs);
    expect(text).not.toContain("Bob's own");
    for (const secret of [bob.id, bob.email!, bob.sessionToken, ann.id, ann.sessionToken]) {
      expect(text).not.toContain(secret);
    }
    // Bob hid the paper Ann upvoted: his list has it not, hers still does.
    const bobsList = (await call("", bob.sessionToken)).body.papers as Item[];
    expect(bobsList.map((p) => p.id).sort()).toEqual([long, hidden, bobs].sort());
    expect(bobsList.find((p) => p.id === hidden)).toMatchObject({ upvoted: false });
  });

  it("says when the reader follows nothing, and when a page is past the end", async () => {
    const carl = await reader("Carl");
    expect((await call("", carl.sessionToken)).body).toMatchObject({ papers: [], followsNothing: true });
    expect((await call("page=2", ann.sessionToken)).body).toMatchObject({ papers: [], hasMore: false });
    expect((await call("page=51", ann.sessionToken)).body).toMatchObject({ papers: [], maxPage: 50 });
  });

  it("refuses a page that is not a whole number from 1, signed in or not", async () => {
    for (const query of ["page=0", "page=-1", "page=abc", "page=1.5", "page=100001"]) {
      for (const token of [ann.sessionToken, undefined]) {
        const { response, body } = await call(query, token);
        expect(response.status, query).toBe(400);
        expect(body).toEqual({ error: "page must be a whole number from 1 to 100000" });
      }
    }
  });

  it("stops answering for a reader the moment they sign out", async () => {
    const dora = await reader("Dora");
    expect((await call("", dora.sessionToken)).response.status).toBe(200);
    await db.session.deleteMany({ where: { userId: dora.id } });
    expect((await call("", dora.sessionToken)).response.status).toBe(401);
  });
});
