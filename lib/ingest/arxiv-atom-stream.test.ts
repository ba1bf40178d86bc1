import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivAtom, parseArxivAtomStream } from "@/lib/ingest/arxiv-atom";
import type { IngestPaper } from "@/lib/ingest/types";

const feedXml = readFileSync(new URL("./fixtures/arxiv-feed.xml", import.meta.url), "utf8");

function entry(n: number, author = "Example Author") {
  const id = `9901.${String(n).padStart(5, "0")}`;
  return `<entry><id>http://arxiv.org/abs/${id}v1</id><published>2099-01-04T10:00:00Z</published>
    <title>A Fictional Paper Number
  ${n}</title><summary>  Invented abstract
for fixture ${n}.</summary><author><name>${author}</name></author>
    <arxiv:primary_category term="cs.LG"/><category term="cs.LG"/></entry>\n`;
}

const head = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n`;

function chunksOf(bytes: Uint8Array, size: number) {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

async function collect(source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>) {
  const papers: { paper: IngestPaper; position: number }[] = [];
  const summary = await parseArxivAtomStream(source, (paper, position) => {
    papers.push({ paper, position });
  });
  return { papers, summary };
}

describe("parseArxivAtomStream", () => {
  it("gives the same papers, positions and issues as the whole-document parser, however the bytes are split", async () => {
    const whole = parseArxivAtom(feedXml);
    const { papers, summary } = await collect(chunksOf(Buffer.from(feedXml), 7));
    expect(papers.map((p) => p.paper)).toEqual(whole.papers);
    expect(papers.map((p) => p.position)).toEqual([1, 2, 3, 6]);
    expect(summary).toEqual({ issues: whole.issues, entries: 6, total: whole.total });
  });

  it("keeps multi-byte characters intact when a chunk ends inside one", async () => {
    const xml = `${head}${entry(1, "Exämple Åuthor 例")}</feed>`;
    const { papers } = await collect(chunksOf(Buffer.from(xml), 1));
    expect(papers[0]?.paper.authors).toEqual([{ name: "Exämple Åuthor 例", affiliations: [] }]);
  });

  it("waits for each paper's handler before reading further into the file", async () => {
    let chunksRead = 0;
    async function* source() {
      yield head;
      for (let n = 1; n <= 20; n++) {
        chunksRead++;
        yield entry(n);
      }
      yield "</feed>";
    }
    const readAhead: number[] = [];
    await parseArxivAtomStream(source(), async (_paper, position) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      readAhead.push(chunksRead - position);
    });
    expect(readAhead).toHaveLength(20);
    // An entry completes when the next chunk arrives, so at most one chunk is read ahead of the handler.
    expect(Math.max(...readAhead)).toBeLessThanOrEqual(1);
  });

  it("handles a feed of 20,000 entries arriving in 64 KiB chunks", async () => {
    async function* source() {
      yield head;
      let buffer = "";
      for (let n = 1; n <= 20_000; n++) {
        buffer += entry(n);
        if (buffer.length >= 65_536) {
          yield Buffer.from(buffer);
          buffer = "";
        }
      }
      yield Buffer.from(`${buffer}</feed>`);
    }
    let count = 0;
    let last: IngestPaper | undefined;
    const summary = await parseArxivAtomStream(source(), (paper) => {
      count++;
      last = paper;
    });
    expect(count).toBe(20_000);
    expect(summary.issues).toEqual([]);
    expect(last).toMatchObject({ arxivId: "9901.20000", title: "A Fictional Paper Number 20000" });
  });

  it("fails loudly when the file breaks off in the middle", async () => {
    const cut = feedXml.slice(0, feedXml.indexOf("<entry>", 2000) + 40);
    await expect(collect([cut])).rejects.toThrow("not well-formed XML");
  });
});
