import { describe, expect, it } from "vitest";
import { checkPaper, type IngestPaper } from "@/lib/ingest/types";

const valid: IngestPaper = {
  arxivId: "9901.00001",
  version: 1,
  title: "A Fictional Study",
  abstract: "An invented abstract.",
  authors: [{ name: "Example Author", affiliations: [] }],
  publishedAt: new Date("2099-01-04T10:00:00Z"),
  updatedAt: null,
  primaryCategory: "cs.LG",
  categories: ["cs.LG"],
  absUrl: "https://arxiv.org/abs/9901.00001v1",
  pdfUrl: null,
  comment: null,
  journalRef: null,
  doi: null,
};

function reasonFor(change: Partial<Record<keyof IngestPaper, unknown>>) {
  const checked = checkPaper({ ...valid, ...change }, 7);
  return checked.ok ? null : checked.issue;
}

describe("checkPaper", () => {
  it("collapses whitespace in text but keeps LaTeX as written", () => {
    const checked = checkPaper(
      { ...valid, title: "  A Fictional\n  Study ", abstract: "Cost $\\mathcal{O}(n)$\n  here" },
      1,
    );
    expect(checked).toMatchObject({
      ok: true,
      paper: { title: "A Fictional Study", abstract: "Cost $\\mathcal{O}(n)$ here" },
    });
  });

  it("turns blank optional text into null", () => {
    expect(checkPaper({ ...valid, comment: " \n ", journalRef: "" }, 1)).toMatchObject({
      ok: true,
      paper: { comment: null, journalRef: null },
    });
  });

  it("reports a title that is only whitespace, with the entry's position", () => {
    expect(reasonFor({ title: " \n  " })).toEqual({ position: 7, reason: "title: must not be empty" });
  });

  it("limits titles to 1000 and abstracts to 20000 characters", () => {
    expect(reasonFor({ title: "x".repeat(1000) })).toBeNull();
    expect(reasonFor({ title: "x".repeat(1001) })?.reason).toBe("title: must be at most 1000 characters");
    expect(reasonFor({ abstract: "x".repeat(20_000) })).toBeNull();
    expect(reasonFor({ abstract: "x".repeat(20_001) })?.reason).toBe("abstract: must be at most 20000 characters");
  });

  it("accepts only http(s) links", () => {
    expect(reasonFor({ absUrl: "javascript:alert(1)" })?.reason).toBe("absUrl: must be an http(s) URL");
    expect(
      reasonFor({ hf: { upvotes: 1, keywords: [], githubRepo: "ftp://example.org/x", thumbnail: null } })?.reason,
    ).toBe("hf.githubRepo: must be an http(s) URL");
  });

  it("rejects an arXiv id with a version, an unreadable date and an empty author name", () => {
    expect(reasonFor({ arxivId: "9901.00001v1" })?.reason).toBe("arxivId: must be an arXiv id without version");
    expect(reasonFor({ publishedAt: new Date("not a date") })?.reason).toBe("publishedAt: must be a valid date");
    expect(reasonFor({ authors: [{ name: " ", affiliations: [] }] })?.reason).toBe("authors.0.name: must not be empty");
  });

  it("accepts arXiv's space-separated DOI lists but not other text", () => {
    expect(reasonFor({ doi: "10.5555/fixture.1 10.5555/fixture.2" })).toBeNull();
    expect(reasonFor({ doi: "see journal" })?.reason).toBe("doi: must be a DOI (10.…)");
  });
});
