import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/ingest/detect-format";
import { SAMPLE_FILE } from "@/lib/papers/sample";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("detectFormat", () => {
  it.each([
    ["arxiv-feed.xml", "arxiv-atom"],
    ["arxiv-empty.xml", "arxiv-atom"],
    ["arxiv-error.xml", "arxiv-atom"],
    ["hf-daily.json", "hf-daily"],
    ["papers.jsonl", "jsonl"],
  ])("recognises %s as %s", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it("recognises the bundled sample as JSON Lines", () => {
    expect(detectFormat(readFileSync(SAMPLE_FILE, "utf8"))).toBe("jsonl");
  });

  it("tells a plain array of papers from Hugging Face's array of items", () => {
    expect(detectFormat('[{"title": "T", "abstract": "A"}]')).toBe("json-array");
    expect(detectFormat('[42, {"paper": {"id": "9901.00001"}}]')).toBe("hf-daily");
    expect(detectFormat("[]")).toBe("json-array");
  });

  it("looks past a byte-order mark, leading blank lines and a feed without XML declaration", () => {
    expect(detectFormat('\uFEFF\n\n  {"title": "T", "abstract": "A"}\n')).toBe("jsonl");
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe("arxiv-atom");
  });

  it.each([
    ["an RSS feed", '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'],
    ["an HTML error page", "<!DOCTYPE html><html><body>Bad gateway</body></html>"],
    ["a pretty-printed single object", '{\n  "title": "T"\n}'],
    ["plain text", "title,abstract\nT,A"],
    ["nothing", "  \n"],
  ])("recognises nothing in %s", (_name, text) => {
    expect(detectFormat(text)).toBeNull();
  });
});
