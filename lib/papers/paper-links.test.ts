import { describe, expect, it } from "vitest";
import { absUrlOf, arxivUrl, pdfUrlOf } from "@/lib/papers/paper-links";

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
