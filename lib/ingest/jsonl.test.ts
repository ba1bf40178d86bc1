import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonArray, parseJsonl } from "@/lib/ingest/jsonl";
import { SAMPLE_FILE } from "@/lib/papers/sample";

const file = parseJsonl(readFileSync(new URL("./fixtures/papers.jsonl", import.meta.url), "utf8"));

describe("parseJsonl", () => {
  it("reports bad lines by line number and keeps the good ones", () => {
    expect(file.issues).toEqual([
      { position: 4, reason: "not valid JSON" },
      { position: 5, reason: "abstract: must not be empty" },
    ]);
    expect(file.papers.map((paper) => paper.title)).toEqual([
      "A Fictional Study in the Sample's Format",
      "A Fictional Paper Using IngestPaper Field Names",
      "A Fictional Last Line",
    ]);
  });

  it("reads the sample's rank/title/abstract lines, inventing no id, authors or dates", () => {
    expect(file.papers[0]).toMatchObject({
      arxivId: null,
      abstract: "An invented abstract written for a test fixture.",
      authors: [],
      publishedAt: null,
      absUrl: null,
    });
  });

  it("reads IngestPaper field names, authors as names or objects, and links from the id", () => {
    expect(file.papers[1]).toMatchObject({
      arxivId: "9901.00007",
      version: 2,
      authors: [
        { name: "Example Author", affiliations: [] },
        { name: "Second Example Author", affiliations: ["Example University"] },
      ],
      publishedAt: new Date("2099-01-08T09:00:00Z"),
      categories: ["cs.LG", "stat.ML"],
      absUrl: "https://arxiv.org/abs/9901.00007v2",
    });
  });

  it("keeps a file's own links only when they are arXiv's, as https, and builds them from an id", () => {
    const lines = [
      { title: "T", abstract: "A", absUrl: "https://evil.example/abs/1", pdfUrl: "http://arxiv.org/pdf/9901.00002" },
      { title: "T", abstract: "A", arxivId: "9901.00003", absUrl: "https://evil.example/abs/9901.00003" },
    ];
    const [loose, withId] = parseJsonl(lines.map((line) => JSON.stringify(line)).join("\n")).papers;
    expect(loose).toMatchObject({ absUrl: null, pdfUrl: "https://arxiv.org/pdf/9901.00002" });
    expect(withId).toMatchObject({ absUrl: "https://arxiv.org/abs/9901.00003" });
  });

  it("reads the bundled sample without a single issue", () => {
    const sample = parseJsonl(readFileSync(SAMPLE_FILE, "utf8"));
    expect(sample.issues).toEqual([]);
    expect(sample.papers).toHaveLength(50);
  });

  it("says what is wrong with a line: a missing title, a bad id, a loose date", () => {
    const lines = [
      { abstract: "A" },
      { title: "T", abstract: "A", arxivId: "not-an-id" },
      { title: "T", abstract: "A", publishedAt: "March 5" },
      { title: "T", abstract: "A", authors: [{ affiliations: [] }] },
    ];
    expect(parseJsonl(lines.map((line) => JSON.stringify(line)).join("\n")).issues).toEqual([
      { position: 1, reason: "title: is missing" },
      { position: 2, reason: "arxivId: not an arXiv id (not-an-id)" },
      { position: 3, reason: "publishedAt: must be a valid date" },
      { position: 4, reason: "authors.0.name: is missing" },
    ]);
  });
});

describe("parseJsonArray", () => {
  it("numbers items from 1 and reports the ones that are not papers", () => {
    const result = parseJsonArray(JSON.stringify([{ title: "T", abstract: "A" }, 42, { title: "T2", abstract: "" }]));
    expect(result.papers).toHaveLength(1);
    expect(result.issues).toEqual([
      { position: 2, reason: "must be a JSON object" },
      { position: 3, reason: "abstract: must not be empty" },
    ]);
  });

  it("refuses text that is not a JSON array", () => {
    expect(() => parseJsonArray('[{"title": ')).toThrow("not valid JSON");
    expect(() => parseJsonArray('{"title": "T"}')).toThrow("expected a JSON array");
  });
});
