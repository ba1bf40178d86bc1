import { describe, expect, it } from "vitest";
import type { IngestSummary } from "@/lib/ingest/ingest-file";
import { createProgressReporter, formatProgress, formatSummary } from "@/lib/ingest/progress";

const progress = (parsed: number, fraction: number | null = null) => ({
  parsed,
  written: parsed,
  skipped: 0,
  fraction,
});

function recorder(isTTY: boolean) {
  let clock = 0;
  const writes: string[] = [];
  const reporter = createProgressReporter({ out: { isTTY, write: (text) => writes.push(text) }, now: () => clock });
  return { reporter, writes, tick: (ms: number) => (clock += ms) };
}

const summary = (overrides: Partial<IngestSummary> = {}): IngestSummary => ({
  parsed: 1004,
  added: 1000,
  updated: 1,
  unchanged: 0,
  skipped: 3,
  issues: [
    { label: "entry", position: 4, reason: "id: not an arXiv id (x)" },
    { label: "entry", position: 5, reason: "title: must not be empty" },
    { label: "entry", position: 9, reason: "title: must not be empty" },
  ],
  seconds: 2.04,
  ...overrides,
});

describe("the progress line", () => {
  it("shows a bar, the counts and the rate", () => {
    expect(formatProgress({ parsed: 42_000, written: 41_000, skipped: 3, fraction: 0.42 }, 5)).toBe(
      "[##########--------------]  42% 42,000 parsed · 41,000 written · 3 skipped · 8,400/s",
    );
  });

  it("leaves out the bar when the size of the source is unknown", () => {
    expect(formatProgress(progress(10), 0)).toBe("10 parsed · 10 written · 0 skipped · 0/s");
  });
});

describe("the progress reporter", () => {
  it("redraws one terminal line in place, at most every 100 ms, and ends it when done", () => {
    const { reporter, writes, tick } = recorder(true);
    reporter.update(progress(1, 0.1));
    tick(50);
    reporter.update(progress(2, 0.2)); // too soon: not drawn
    tick(60);
    reporter.update(progress(3, 0.3));
    tick(10);
    reporter.update(progress(4, 0.4)); // too soon, but done() shows the final figures
    reporter.done();
    expect(writes).toHaveLength(4);
    expect(writes.slice(0, 3).every((text) => text.startsWith("\r") && text.endsWith("\x1b[K"))).toBe(true);
    expect(writes[1]).toContain("3 parsed");
    expect(writes[2]).toContain("4 parsed");
    expect(writes[3]).toBe("\n");
  });

  it("writes plain lines every 5 seconds to a log, and no control characters", () => {
    const { reporter, writes, tick } = recorder(false);
    for (let i = 1; i <= 12; i++) {
      reporter.update(progress(i * 1000, i / 12));
      tick(1000);
    }
    reporter.done();
    expect(writes).toHaveLength(3);
    expect(writes.every((text) => text.endsWith("\n") && !text.includes("\r") && !text.includes("["))).toBe(true);
  });

  it("prints nothing for a quick run into a log", () => {
    const { reporter, writes, tick } = recorder(false);
    reporter.update(progress(10, 1));
    tick(300);
    reporter.done();
    expect(writes).toEqual([]);
  });
});

describe("the summary", () => {
  it("gives the counts and each skipped entry's position and reason", () => {
    expect(formatSummary(summary())).toEqual([
      "1,000 added · 1 updated · 0 unchanged · 3 skipped (1,004 entries in 2.0 s)",
      "Skipped:",
      "  entry 4: id: not an arXiv id (x)",
      "  entry 5: title: must not be empty",
      "  entry 9: title: must not be empty",
    ]);
  });

  it("caps the list of skipped entries and says how many more there are", () => {
    const lines = formatSummary(summary({ skipped: 2503 }), 2);
    expect(lines.slice(2)).toEqual([
      "  entry 4: id: not an arXiv id (x)",
      "  entry 5: title: must not be empty",
      "  …and 2,501 more",
    ]);
  });

  it("is one line when nothing was skipped", () => {
    expect(formatSummary(summary({ skipped: 0, issues: [] }))).toHaveLength(1);
  });
});
