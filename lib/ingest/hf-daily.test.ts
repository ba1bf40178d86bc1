import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHfDaily } from "@/lib/ingest/hf-daily";

const daily = parseHfDaily(readFileSync(new URL("./fixtures/hf-daily.json", import.meta.url), "utf8"));

describe("parseHfDaily", () => {
  it("turns a full item into an arXiv paper with Hugging Face's signals", () => {
    expect(daily.papers[0]).toEqual({
      arxivId: "9901.00001",
      version: null,
      title: "A Fictional Study of Line-Wrapped Titles in Example Feeds",
      abstract:
        "We present a fictional method whose cost is $\\mathcal{O}(n)$ in the number of example entries. Nothing here describes real work.",
      authors: [
        { name: "Example Author", affiliations: [] },
        { name: "Second Example Author", affiliations: [] },
      ],
      publishedAt: new Date("2099-01-04T10:00:00.000Z"),
      updatedAt: null,
      primaryCategory: null,
      categories: [],
      absUrl: "https://arxiv.org/abs/9901.00001",
      pdfUrl: "https://arxiv.org/pdf/9901.00001",
      comment: null,
      journalRef: null,
      doi: null,
      hf: {
        upvotes: 42,
        keywords: ["fictional method", "example entries"],
        githubRepo: "https://github.com/example/fictional-study",
        thumbnail: "https://example.org/thumbnails/9901.00001.png",
      },
    });
  });

  it("accepts items whose optional fields are missing or null", () => {
    expect(daily.papers.map((paper) => paper.arxivId)).toEqual(["9901.00001", "9901.00004", "9901.00006"]);
    expect(daily.papers[1]?.hf).toEqual({ upvotes: null, keywords: [], githubRepo: null, thumbnail: null });
    expect(daily.papers[2]?.hf).toMatchObject({ upvotes: 0, githubRepo: null });
  });

  it("reports an invalid item with its position and keeps the rest", () => {
    expect(daily.issues).toEqual([{ position: 3, reason: "abstract: must not be empty" }]);
  });

  it("reports items without a paper or with an id that is not a bare arXiv id", () => {
    const good = { paper: { id: "9901.00001", title: "A Fictional Paper", summary: "Invented." } };
    const result = parseHfDaily(
      JSON.stringify([{ title: "no paper" }, { paper: { ...good.paper, id: "9901.00001v2" } }, good, "junk"]),
    );
    expect(result.papers).toHaveLength(1);
    expect(result.issues.map((issue) => issue.position)).toEqual([1, 2, 4]);
    expect(result.issues[1]?.reason).toBe("paper.id: must be an arXiv id without version");
  });

  it("falls back to the item's own title and summary when the paper lacks them", () => {
    const result = parseHfDaily(JSON.stringify([{ paper: { id: "9901.00001" }, title: "Top Title", summary: "Top." }]));
    expect(result.papers[0]).toMatchObject({ title: "Top Title", abstract: "Top." });
  });

  it("refuses a response that is not a JSON array", () => {
    expect(() => parseHfDaily('{"error":"Invalid date"}')).toThrow("expected a JSON array");
    expect(() => parseHfDaily("<html>")).toThrow("not valid JSON");
  });
});
