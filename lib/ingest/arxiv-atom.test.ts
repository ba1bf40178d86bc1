import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "@/lib/ingest/arxiv-atom";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

const feed = parseArxivAtom(fixture("arxiv-feed.xml"));
const byId = (id: string) => feed.papers.find((paper) => paper.arxivId === id)!;

const ATOM_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>`;

describe("parseArxivAtom on a normal feed", () => {
  it("turns each good entry into a paper, in feed order, with the feed's totals", () => {
    expect(feed.papers.map((paper) => paper.arxivId)).toEqual([
      "2403.03507",
      "9901.00001",
      "hep-ex/0307999",
      "9901.00003",
    ]);
    expect(feed.total).toEqual({ totalResults: 6, startIndex: 0, itemsPerPage: 6 });
    expect(feed.entries).toBe(6);
  });

  it("reports a malformed entry with its position and keeps the rest", () => {
    expect(feed.issues).toEqual([
      { position: 4, reason: "id: not an arXiv id (http://example.org/fixture/not-an-arxiv-id)" },
      { position: 5, reason: "title: must not be empty" },
    ]);
    expect(byId("9901.00003").title).toBe("A Fictional Note with Only the Required Fields");
  });

  it("collapses arXiv's line wrapping and extra spaces in titles and abstracts", () => {
    expect(byId("2403.03507").title).toBe("GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection");
    expect(byId("2403.03507").abstract).toBe("Training Large Language Models (LLMs) presents ...");
    expect(byId("9901.00001").title).toBe(
      "A Fictional Study of Line-Wrapped Titles in Example Feeds: Why Spaces Pile Up",
    );
  });

  it("keeps LaTeX as written and decodes XML entities in abstracts", () => {
    const { abstract } = byId("9901.00001");
    expect(abstract).toContain("whose cost is $\\mathcal{O}(n)$ in the number of example entries");
    expect(abstract).toContain("$\\sqrt{n}$ & more");
    expect(abstract).toContain("LaTeX and entities such as <tags>.");
  });

  it("reads the version from the id, and the v1 and this-version dates", () => {
    expect(byId("9901.00001")).toMatchObject({
      version: 3,
      publishedAt: new Date("2099-01-04T10:00:00Z"),
      updatedAt: new Date("2099-01-20T15:30:00Z"),
    });
    expect(byId("2403.03507").version).toBe(2);
  });

  it("reads authors with none, one or several affiliations", () => {
    expect(byId("9901.00001").authors).toEqual([
      { name: "Example Author", affiliations: ["Example University", "Fictional Institute of Examples"] },
      { name: "Second Example Author", affiliations: [] },
    ]);
    expect(byId("2403.03507").authors).toEqual([{ name: "Jiawei Zhao", affiliations: [] }]);
  });

  it("reads the primary category and every category, ACM codes included", () => {
    expect(byId("9901.00001")).toMatchObject({ primaryCategory: "cs.CL", categories: ["cs.CL", "cs.LG", "I.2.7"] });
  });

  it("builds https abs and PDF links from the id and version, not from the feed's http links", () => {
    expect(byId("9901.00001")).toMatchObject({
      absUrl: "https://arxiv.org/abs/9901.00001v3",
      pdfUrl: "https://arxiv.org/pdf/9901.00001v3",
    });
  });

  it("reads comment, journal ref and DOI, and leaves them null when an entry has none", () => {
    expect(byId("9901.00001")).toMatchObject({
      comment: "12 pages, 3 figures; fixture comment wrapped over two lines",
      journalRef: "Journal of Example Fixtures 1 (2099) 1-12",
      doi: "10.5555/fixture.9901.00001",
    });
    expect(byId("9901.00003")).toMatchObject({ comment: null, journalRef: null, doi: null });
  });

  it("reads old-style ids and arXiv elements that declare their own namespace", () => {
    expect(byId("hep-ex/0307999")).toMatchObject({
      version: 1,
      primaryCategory: "hep-ex",
      comment: "4 pages (fixture)",
      publishedAt: new Date("2003-07-31T17:46:39Z"),
    });
  });
});

describe("parseArxivAtom on other responses", () => {
  it("surfaces arXiv's error response as an error, not a paper", () => {
    const result = parseArxivAtom(fixture("arxiv-error.xml"));
    expect(result.papers).toEqual([]);
    expect(result.apiError).toBe("arXiv API error: incorrect id format for 1234.12345");
    expect(result.issues).toEqual([{ position: 1, reason: "arXiv API error: incorrect id format for 1234.12345" }]);
  });

  it("gives no papers and no issues for an empty feed", () => {
    const result = parseArxivAtom(fixture("arxiv-empty.xml"));
    expect(result).toMatchObject({ papers: [], issues: [], entries: 0 });
    expect(result.total).toEqual({ totalResults: 0, startIndex: 0, itemsPerPage: 100 });
    expect(result.apiError).toBeUndefined();
  });

  it("matches arXiv elements by namespace URI, not by prefix", () => {
    const result = parseArxivAtom(`${ATOM_HEAD}
  <entry xmlns:ax="http://arxiv.org/schemas/atom" xmlns:arxiv="http://example.org/not-arxiv">
    <id>http://arxiv.org/abs/9901.00009</id>
    <title>A Fictional Entry</title><summary>Invented.</summary>
    <link href="http://arxiv.org/abs/9901.00009v4" rel="alternate" type="text/html"/>
    <ax:comment>the real comment</ax:comment><arxiv:comment>a decoy</arxiv:comment>
    <author><name>Example Author</name><ax:affiliation>Example University</ax:affiliation></author>
  </entry>
</feed>`);
    expect(result.papers[0]).toMatchObject({
      comment: "the real comment",
      authors: [{ name: "Example Author", affiliations: ["Example University"] }],
      // No version in the id, so it comes from the abs link.
      version: 4,
    });
  });

  it("links to arXiv whatever hosts the entry's own links name", () => {
    const result = parseArxivAtom(`${ATOM_HEAD}
  <entry>
    <id>http://arxiv.org/abs/9901.00008v2</id>
    <title>A Fictional Entry</title><summary>Invented.</summary>
    <link href="https://evil.example/abs/9901.00008v2" rel="alternate" type="text/html"/>
    <link title="pdf" href="javascript:alert(1)" rel="related" type="application/pdf"/>
  </entry>
</feed>`);
    expect(result.papers[0]).toMatchObject({
      absUrl: "https://arxiv.org/abs/9901.00008v2",
      pdfUrl: "https://arxiv.org/pdf/9901.00008v2",
    });
  });

  it("refuses a document that is not a well-formed Atom feed", () => {
    expect(() => parseArxivAtom("<html><body>Service unavailable</body></html>")).toThrow("Not an Atom feed");
    expect(() => parseArxivAtom(`${ATOM_HEAD}<entry><title>Cut off`)).toThrow("not well-formed XML");
    expect(() => parseArxivAtom("")).toThrow("Not an Atom feed");
  });
});
