import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestFile, IngestError, type IngestProgress } from "@/lib/ingest/ingest-file";
import { CURATED_TOPICS } from "@/lib/topics/catalogue";
import { syncCuratedTopics } from "@/lib/topics/sync";
import { writeSyntheticAtom } from "@/scripts/bench/generate-atom";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const snapshot = () => db.paper.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });
let dir: string;
const scratch = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "paperboy-ingest-"));
  await syncCuratedTopics(db);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("ingestFile", () => {
  it("ingests an arXiv feed once: the second run changes nothing", async () => {
    const first = await ingestFile(db, fixture("arxiv-feed.xml"));
    expect(first).toMatchObject({ format: "arxiv-atom", parsed: 6, added: 4, updated: 0, unchanged: 0, skipped: 2 });
    const before = await snapshot();
    const topicsBefore = await db.paperTopic.count();

    const second = await ingestFile(db, fixture("arxiv-feed.xml"));
    expect(second).toMatchObject({ parsed: 6, added: 0, updated: 0, unchanged: 4, skipped: 2 });
    expect(await snapshot()).toEqual(before);
    expect(await db.paperTopic.count()).toBe(topicsBefore);
  });

  it("reports malformed entries by position and reason, and lands the rest", async () => {
    const { issues } = await ingestFile(db, fixture("arxiv-feed.xml"));
    expect(issues).toEqual([
      { label: "entry", position: 4, reason: "id: not an arXiv id (http://example.org/fixture/not-an-arxiv-id)" },
      { label: "entry", position: 5, reason: "title: must not be empty" },
    ]);
    const landed = await db.paper.findMany({
      where: { arxivId: { in: ["9901.00001", "9901.00003", "hep-ex/0307999"] } },
    });
    expect(landed).toHaveLength(3);
    expect(await db.paper.count({ where: { arxivId: "9901.00002" } })).toBe(0);
  });

  it("matches ingested papers to topics", async () => {
    const galore = await db.paper.findUniqueOrThrow({
      where: { arxivId: "2403.03507" },
      select: { topics: { select: { topic: { select: { slug: true } } } } },
    });
    expect(galore.topics.map((t) => t.topic.slug)).toContain("memory-efficient-training");
  });

  it("lands JSON Lines, reporting bad lines by line number", async () => {
    const summary = await ingestFile(db, fixture("papers.jsonl"));
    expect(summary).toMatchObject({ format: "jsonl", parsed: 5, added: 3, skipped: 2 });
    expect(summary.issues).toEqual([
      { label: "line", position: 4, reason: "not valid JSON" },
      { label: "line", position: 5, reason: "abstract: must not be empty" },
    ]);
    expect(await db.paper.findUnique({ where: { arxivId: "9901.00007" } })).toMatchObject({ arxivVersion: 2 });
  });

  it("lands Hugging Face daily papers with their upvotes", async () => {
    const summary = await ingestFile(db, fixture("hf-daily.json"));
    // 9901.00001 came with the arXiv feed above: Hugging Face adds its signals to that row.
    expect(summary).toMatchObject({ format: "hf-daily", parsed: 4, added: 2, updated: 1, skipped: 1 });
    expect(summary.issues).toEqual([{ label: "item", position: 3, reason: "abstract: must not be empty" }]);
    expect(await db.paper.findUnique({ where: { arxivId: "9901.00001" } })).toMatchObject({
      hfUpvotes: 42,
      arxivVersion: 3,
    });
  });

  it("lands a JSON array of papers, whatever the file is called", async () => {
    const papers = [{ title: "A Fictional Array Paper", abstract: "Invented for a test.", arxivId: "9901.08001v1" }, 7];
    await writeFile(scratch("papers.txt"), JSON.stringify(papers));
    const summary = await ingestFile(db, scratch("papers.txt"));
    expect(summary).toMatchObject({ format: "json-array", added: 1, skipped: 1 });
    expect(summary.issues).toEqual([{ label: "item", position: 2, reason: "must be a JSON object" }]);
  });

  it("streams a large feed in batches, reporting progress, with the same result as one batch", async () => {
    await writeSyntheticAtom(scratch("synthetic.xml"), 2500, 7);
    const seen: IngestProgress[] = [];
    const summary = await ingestFile(db, scratch("synthetic.xml"), {
      batchSize: 1000,
      onProgress: (p) => seen.push(p),
    });
    expect(summary).toMatchObject({ parsed: 2500, skipped: 0 });
    // The first few synthetic ids are the fixtures' ids too: those rows are updated, not added again.
    expect(summary.added + summary.updated).toBe(2500);
    expect(seen.map((p) => p.written).filter((n, i, all) => all.indexOf(n) === i)).toEqual([0, 1000, 2000, 2500]);
    expect(seen.at(-1)).toMatchObject({ parsed: 2500, written: 2500, fraction: 1 });
    // Two in three synthetic papers are about something the catalogue covers, spread over every topic:
    // the benchmark's topic matching is only realistic while the generator's words and the catalogue agree.
    const matched = await db.paper.count({ where: { arxivId: { startsWith: "990" }, topics: { some: {} } } });
    expect(matched).toBeGreaterThan(1400);
    const perTopic = await db.paperTopic.groupBy({ by: ["topicId"], _count: true });
    expect(perTopic).toHaveLength(CURATED_TOPICS.length);
    expect(Math.max(...perTopic.map((topic) => topic._count))).toBeLessThan(400);
    expect(await ingestFile(db, scratch("synthetic.xml"), { batchSize: 300 })).toMatchObject({ added: 0, updated: 0 });
  });

  it("ingests the papers before the point where a feed breaks off, then fails saying so", async () => {
    const xml = await readFile(scratch("synthetic.xml"), "utf8");
    await writeFile(
      scratch("cut.xml"),
      xml.slice(0, xml.indexOf("<entry>", xml.length / 2) + 200).replace(/9901\./g, "9903."),
    );
    const failure = ingestFile(db, scratch("cut.xml"), { batchSize: 100 });
    await expect(failure).rejects.toThrow(IngestError);
    await expect(failure).rejects.toThrow(
      /cut\.xml: The arXiv feed is not well-formed XML: .*\(the \d+ papers before it were ingested\)/,
    );
    expect(await db.paper.count({ where: { arxivId: { startsWith: "9903." } } })).toBeGreaterThan(500);
  });

  it("refuses a file in no known format, a missing file and a broken JSON array, in one line each", async () => {
    await writeFile(scratch("notes.txt"), "title: a fictional paper\n");
    await copyFile(fixture("papers.jsonl"), scratch("copy.jsonl"));
    await writeFile(scratch("broken.json"), '[{"title": ');
    await expect(ingestFile(db, scratch("notes.txt"))).rejects.toThrow(
      /notes\.txt: unknown format \(expected an arXiv Atom feed/,
    );
    await expect(ingestFile(db, scratch("missing.xml"))).rejects.toThrow(/missing\.xml: no such file$/);
    await expect(ingestFile(db, dir)).rejects.toThrow(/: not a file$/);
    await expect(ingestFile(db, scratch("broken.json"))).rejects.toThrow(/broken\.json: Papers file: not valid JSON$/);
  });
});
