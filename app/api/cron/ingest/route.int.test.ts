import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env.ts reads the environment once, at import: set the secret first, then import the route.
const SECRET = "a-fictional-cron-secret-0123456789";
process.env.CRON_SECRET = SECRET;
const { GET } = await import("@/app/api/cron/ingest/route");
const { db } = await import("@/lib/db");
const { syncCuratedTopics } = await import("@/lib/topics/sync");

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../lib/ingest/fixtures/${name}`, import.meta.url), "utf8");
const requested: URL[] = [];

// There is no network here: arXiv and Hugging Face answer from the fixtures.
const fakeFetch = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input));
  requested.push(url);
  if (url.hostname === "export.arxiv.org") return new Response(fixture("arxiv-feed.xml"));
  if (url.hostname === "huggingface.co") return new Response(fixture("hf-daily.json"));
  return new Response("unexpected host", { status: 404 });
});

const get = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/ingest", { headers: authorization ? { authorization } : {} }));

beforeAll(async () => {
  vi.stubGlobal("fetch", fakeFetch);
  await syncCuratedTopics(db);
});
afterAll(() => vi.unstubAllGlobals());

describe("GET /api/cron/ingest", () => {
  it.each([
    ["no Authorization header", undefined],
    ["a wrong secret", "Bearer not-the-cron-secret-0000000"],
    ["`Bearer undefined`", "Bearer undefined"],
    ["the secret without its scheme", SECRET],
  ])("answers 401 to %s and fetches nothing", async (_case, authorization) => {
    const response = await get(authorization);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized" });
    expect(fakeFetch).not.toHaveBeenCalled();
  });

  it("with the secret, ingests arXiv's recent papers and Hugging Face's daily list", async () => {
    const response = await get(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const summary = await response.json();
    // Both days' Hugging Face lists are the same fixture here, so its papers come twice.
    expect(summary).toMatchObject({ parsed: 14, added: 6, updated: 1, unchanged: 3, skipped: 4 });

    const arxiv = requested.find((url) => url.hostname === "export.arxiv.org")!;
    expect(arxiv.searchParams.get("search_query")).toMatch(
      /^\(cat:cs\.LG OR cat:cs\.CL OR cat:cs\.AI\) AND submittedDate:\[\d{8}0000 TO \d{8}2359\]$/,
    );
    expect(requested.filter((url) => url.hostname === "huggingface.co")).toHaveLength(2);

    const ids = ["2403.03507", "9901.00001", "9901.00003", "hep-ex/0307999", "9901.00004", "9901.00006"];
    const landed = await db.paper.findMany({ where: { arxivId: { in: ids } }, select: { arxivId: true } });
    expect(landed.map((paper) => paper.arxivId).sort()).toEqual([...ids].sort());
    // A paper on both lists keeps arXiv's text (version 3) and Hugging Face's upvotes.
    expect(await db.paper.findUnique({ where: { arxivId: "9901.00001" } })).toMatchObject({
      arxivVersion: 3,
      hfUpvotes: 42,
      abstract: expect.stringContaining("improving on the $O(n^2)$ baseline"),
    });
    expect(await db.paperTopic.count({ where: { paper: { arxivId: "2403.03507" } } })).toBeGreaterThan(0);
  });
});
