import { describe, expect, it } from "vitest";
import { absUrlOf, arxivUrl, cardLinks, githubRepoUrl, hfPaperUrl, pdfUrlOf } from "@/lib/papers/paper-links";

describe("paper links", () => {
  it("are built from the arXiv id, whatever links the row holds", () => {
    const paper = { arxivId: "2403.03507", absUrl: "http://evil.example/x", pdfUrl: "javascript:alert(1)" };
    expect(absUrlOf(paper)).toBe("https://arxiv.org/abs/2403.03507");
    expect(pdfUrlOf(paper)).toBe("https://arxiv.org/pdf/2403.03507");
    expect(pdfUrlOf({ arxivId: "hep-ex/0307015", pdfUrl: null })).toBe("https://arxiv.org/pdf/hep-ex/0307015");
  });

  it("without an id keep only arXiv URLs, upgraded to https", () => {
    expect(absUrlOf({ arxivId: null, absUrl: "http://arxiv.org/abs/2403.03507v2" })).toBe(
      "https://arxiv.org/abs/2403.03507v2",
    );
    expect(pdfUrlOf({ arxivId: null, pdfUrl: "http://export.arxiv.org/pdf/2403.03507" })).toBe(
      "https://arxiv.org/pdf/2403.03507",
    );
    expect(absUrlOf({ arxivId: null, absUrl: null })).toBeNull();
  });

  it("drop links to any other host, scheme or with credentials or ports", () => {
    for (const url of [
      "https://evil.example/abs/2403.03507",
      "https://arxiv.org.evil.example/abs/1",
      "https://arxiv.org@evil.example/abs/1",
      "https://user:pw@arxiv.org/abs/1",
      "https://arxiv.org:8443/abs/1",
      "javascript:alert(1)//arxiv.org",
      "ftp://arxiv.org/abs/1",
      "not a url",
    ]) {
      expect(arxivUrl(url), url).toBeNull();
    }
  });

  it("do not trust a stored id that is not an arXiv id", () => {
    expect(absUrlOf({ arxivId: "../../evil", absUrl: "https://evil.example/" })).toBeNull();
  });
});

describe("githubRepoUrl", () => {
  it("keeps a github.com owner/name, as https, without .git or a trailing slash", () => {
    expect(githubRepoUrl("https://github.com/jiaweizzhao/GaLore")).toBe("https://github.com/jiaweizzhao/GaLore");
    expect(githubRepoUrl("http://www.github.com/o-1/r.js.git/")).toBe("https://github.com/o-1/r.js");
  });

  it("refuses other hosts, schemes, deeper paths, credentials and what is no URL", () => {
    for (const url of [
      "https://gitlab.com/o/r",
      "https://github.com.evil.example/o/r",
      "https://github.com@evil.example/o/r",
      "javascript:alert(1)//github.com/o/r",
      "https://github.com/o",
      "https://github.com/o/r/tree/main",
      "https://github.com/o/r?x=1",
      "https://github.com/-o/r",
      "https://github.com/o/..",
      "github.com/o/r",
      "",
      null,
    ]) {
      expect(githubRepoUrl(url), String(url)).toBeNull();
    }
  });
});

describe("cardLinks", () => {
  it("links Hugging Face only for papers that came from there, by arXiv id", () => {
    const paper = { arxivId: "2403.03507", githubRepo: null };
    expect(cardLinks({ ...paper, fromHf: true }).hf).toBe("https://huggingface.co/papers/2403.03507");
    expect(cardLinks({ ...paper, fromHf: false }).hf).toBeNull();
    expect(hfPaperUrl(null)).toBeNull();
    expect(hfPaperUrl("not-an-id")).toBeNull();
  });
});
