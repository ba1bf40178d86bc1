import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseArxivAtom } from "@/lib/ingest/arxiv-atom";
import type { IngestPaper } from "@/lib/ingest/types";
import { upsertPapers } from "@/lib/ingest/upsert";
import { readSample } from "@/lib/papers/sample";
import { seed } from "@/prisma/seed";

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function paper(overrides: Partial<IngestPaper>): IngestPaper {
  return {
    arxivId: null,
    version: null,
    title: "A Fictional Paper",
    abstract: "An abstract that says nothing real.",
    authors: [],
    publishedAt: null,
    updatedAt: null,
    primaryCategory: null,
    categories: [],
    absUrl: null,
    pdfUrl: null,
    comment: null,
    journalRef: null,
    doi: null,
    ...overrides,
  };
}

const snapshot = () => db.paper.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });

beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

describe("upsertPapers", () => {
  it("adds a feed's papers once: ingesting the same feed twice changes nothing", async () => {
    const { papers } = parseArxivAtom(await fixture("arxiv-feed.xml"));
    const first = await upsertPapers(db, papers);
    // GaLore is also in the sample: its row gains the arXiv id instead of gaining a twin.
    expect(first).toEqual({ added: papers.length - 1, updated: 1, unchanged: 0 });
    const before = await snapshot();
    const topicsBefore = await db.paperTopic.count();

    expect(await upsertPapers(db, papers)).toEqual({ added: 0, updated: 0, unchanged: papers.length });
    expect(await snapshot()).toEqual(before);
    expect(await db.paperTopic.count()).toBe(topicsBefore);

    const galore = await db.paper.findUniqueOrThrow({ where: { arxivId: "2403.03507" } });
    expect(galore).toMatchObject({ arxivVersion: 2, primaryCategory: "cs.LG" });
    expect(galore.authors).toContain("Jiawei Zhao");
  });

  it("lets a newer version replace the text, and an older one change nothing", async () => {
    const v1 = paper({ arxivId: "9901.09001", version: 1, title: "Fictional v1 Title", abstract: "First words." });
    await upsertPapers(db, [v1]);
    const v3 = { ...v1, version: 3, title: "Fictional v3 Title", abstract: "Final words." };
    expect(await upsertPapers(db, [v3])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await upsertPapers(db, [{ ...v1, version: 2, title: "Fictional v2 Title" }])).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
    const stored = await db.paper.findMany({ where: { arxivId: "9901.09001" } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ arxivVersion: 3, title: "Fictional v3 Title", abstract: "Final words." });
  });

  it("keeps only the newest copy when one batch holds several versions", async () => {
    const base = paper({ arxivId: "9901.09002", title: "Fictional Batch Paper" });
    const result = await upsertPapers(db, [
      { ...base, version: 2, abstract: "v2" },
      { ...base, version: 1, abstract: "v1" },
    ]);
    expect(result).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await db.paper.findUniqueOrThrow({ where: { arxivId: "9901.09002" } })).abstract).toBe("v2");
  });

  it("attaches an arXiv id to the sample paper with the same title instead of duplicating it", async () => {
    const [first] = await readSample();
    const result = await upsertPapers(db, [
      paper({ arxivId: "9901.09003", version: 1, title: first!.title.toUpperCase(), abstract: first!.abstract }),
    ]);
    expect(result).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.paper.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ arxivId: "9901.09003" });
  });

  it("refreshes Hugging Face upvotes without touching the text", async () => {
    const base = paper({ arxivId: "9901.09004", version: 1, title: "Fictional HF Paper" });
    await upsertPapers(db, [base]);
    const hf = { upvotes: 42, keywords: ["fiction"], githubRepo: null, thumbnail: null };
    expect(await upsertPapers(db, [{ ...base, version: null, abstract: "HF summary", hf }])).toMatchObject({
      updated: 1,
    });
    const stored = await db.paper.findUniqueOrThrow({ where: { arxivId: "9901.09004" } });
    expect(stored).toMatchObject({ hfUpvotes: 42, keywords: ["fiction"], arxivVersion: 1, abstract: base.abstract });
    // The same Hugging Face copy again is no change at all.
    expect(await upsertPapers(db, [{ ...base, version: null, abstract: "HF summary", hf }])).toMatchObject({
      unchanged: 1,
    });
  });

  it("keeps Hugging Face upvotes when one batch holds both arXiv's and Hugging Face's copy", async () => {
    const arxiv = paper({ arxivId: "9901.09006", version: 2, title: "Fictional Two-Source Paper", abstract: "arXiv" });
    const hf = { upvotes: 7, keywords: [], githubRepo: null, thumbnail: null };
    await upsertPapers(db, [arxiv, { ...arxiv, version: null, abstract: "HF", hf }]);
    const stored = await db.paper.findUniqueOrThrow({ where: { arxivId: "9901.09006" } });
    expect(stored).toMatchObject({ abstract: "arXiv", hfUpvotes: 7, arxivVersion: 2 });
  });

  it("matches added papers to topics: 4-bit training lands in Quantization, not Speech", async () => {
    await upsertPapers(db, [
      paper({
        arxivId: "9901.09005",
        title: "Fictional Stable Training of Transformers in 4-bit Precision",
        abstract: "We train language models with 4-bit weights and activations and report stable convergence.",
      }),
    ]);
    const topics = await db.paperTopic.findMany({
      where: { paper: { arxivId: "9901.09005" } },
      select: { topic: { select: { slug: true } } },
    });
    const slugs = topics.map((t) => t.topic.slug);
    expect(slugs).toContain("quantization");
    expect(slugs).not.toContain("speech");
  });
});
