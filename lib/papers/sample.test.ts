import { describe, expect, it } from "vitest";
import { parseSample, readSample } from "@/lib/papers/sample";

describe("the bundled sample", () => {
  it("holds 50 papers with distinct ids, ranks 1–50, and cleaned-up text", async () => {
    const sample = await readSample();
    expect(sample).toHaveLength(50);
    expect(new Set(sample.map((p) => p.id)).size).toBe(50);
    expect(sample.map((p) => p.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const paper of sample) expect(paper.title).toBe(paper.title.replace(/\s+/g, " ").trim());
  });
});

describe("parseSample", () => {
  it("names the line of a bad entry", () => {
    const good = JSON.stringify({ rank: 1, title: "T", abstract: "A" });
    expect(() => parseSample(`${good}\n{oops`)).toThrow("sample line 2: not valid JSON");
    expect(() => parseSample(`${good}\n\n${JSON.stringify({ rank: 2, title: "", abstract: "A" })}`)).toThrow(
      /sample line 3/,
    );
  });

  it("derives the same id for the same title however it is spaced", () => {
    const [a] = parseSample(JSON.stringify({ rank: 1, title: "Deep  Nets\n for X", abstract: "A" }));
    const [b] = parseSample(JSON.stringify({ rank: 9, title: "Deep Nets for X", abstract: "B" }));
    expect(a!.id).toBe(b!.id);
  });
});
