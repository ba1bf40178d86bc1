import { describe, expect, it } from "vitest";
import { arxivAbsUrl, arxivPdfUrl, isArxivId, parseArxivId } from "@/lib/ingest/arxiv-id";

describe("parseArxivId", () => {
  it("reads the id and version from an abs URL", () => {
    expect(parseArxivId("http://arxiv.org/abs/2403.03507v2")).toEqual({ id: "2403.03507", version: 2 });
    expect(parseArxivId("https://export.arxiv.org/abs/2403.03507")).toEqual({ id: "2403.03507", version: null });
    expect(parseArxivId("https://arxiv.org/pdf/2403.03507v12.pdf")).toEqual({ id: "2403.03507", version: 12 });
  });

  it("reads bare ids with or without a version and arXiv: references", () => {
    expect(parseArxivId("2403.03507v2")).toEqual({ id: "2403.03507", version: 2 });
    expect(parseArxivId(" 2403.03507 ")).toEqual({ id: "2403.03507", version: null });
    expect(parseArxivId("arXiv:2403.03507v1")).toEqual({ id: "2403.03507", version: 1 });
  });

  it("reads 4-digit ids from before 2015", () => {
    expect(parseArxivId("0704.0001")).toEqual({ id: "0704.0001", version: null });
    expect(parseArxivId("1412.9999v3")).toEqual({ id: "1412.9999", version: 3 });
  });

  it("reads old-style ids, with the subject class dropped so one paper has one id", () => {
    expect(parseArxivId("http://arxiv.org/abs/hep-ex/0307015v1")).toEqual({ id: "hep-ex/0307015", version: 1 });
    expect(parseArxivId("math.GT/0309136")).toEqual({ id: "math/0309136", version: null });
    expect(parseArxivId("math/0309136v2")).toEqual({ id: "math/0309136", version: 2 });
  });

  it.each([
    "",
    "junk",
    "2403.0350", // 4 digits after 2015
    "0704.00001", // 5 digits before 2015
    "0703.0001", // new style did not exist yet
    "2413.03507", // month 13
    "2403.03507v0",
    "2403.03507v",
    "2403.03507.pdf",
    "2403.03507 and more",
    "../2403.03507",
    "hep-ex/0313015", // month 13
    "hep-ex/0704001", // old style ended in March 2007
    "HEP-EX/0307015",
    "hep-ex/030701",
    "http://example.org/abs/2403.03507",
  ])("rejects %j", (input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});

describe("isArxivId", () => {
  it("accepts only the stored form: canonical and without version", () => {
    expect(isArxivId("2403.03507")).toBe(true);
    expect(isArxivId("hep-ex/0307015")).toBe(true);
    expect(isArxivId("2403.03507v2")).toBe(false);
    expect(isArxivId("math.GT/0309136")).toBe(false);
    expect(isArxivId("http://arxiv.org/abs/2403.03507")).toBe(false);
  });
});

describe("arXiv links", () => {
  it("point at the abs page and the PDF, with the version when known", () => {
    expect(arxivAbsUrl("2403.03507")).toBe("https://arxiv.org/abs/2403.03507");
    expect(arxivPdfUrl("hep-ex/0307015", 1)).toBe("https://arxiv.org/pdf/hep-ex/0307015v1");
  });
});
