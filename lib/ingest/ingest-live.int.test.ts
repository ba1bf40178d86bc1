import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IngestError } from "@/lib/ingest/ingest-file";
import { ingestLive } from "@/lib/ingest/ingest-live";
import { syncCuratedTopics } from "@/lib/topics/sync";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const now = new Date("2099-01-05T10:00:00Z");

/** A fetch that answers arXiv and Hugging Face from the fixtures unless `fail` says that host is down. */
function network(fail: { arxiv?: () => Response; hf?: () => Response } = {}) {
  const urls: URL[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    urls.push(url);
    if (url.hostname === "export.arxiv.org") return fail.arxiv?.() ?? new Response(fixture("arxiv-feed.xml"));
    return fail.hf?.() ?? new Response(fixture("hf-daily.json"));
  };
  const sleeps: number[] = [];
  return { fetch, urls, sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

beforeAll(() => syncCuratedTopics(db));

describe("ingestLive", () => {
  it("asks Hugging Face for the given day only, and arXiv for nothing when no query is given", async () => {
    const { fetch, urls, sleep } = network();
    const summary = await ingestLive(db, { hfDaily: "2099-01-05", fetch, sleep, now });
    expect(urls.map(String)).toEqual(["https://huggingface.co/api/daily_papers?date=2099-01-05&limit=100"]);
    expect(summary).toMatchObject({ parsed: 4, added: 3, skipped: 1 });
    expect(summary.issues).toEqual([
      { label: "Hugging Face 2099-01-05 item", position: 3, reason: "abstract: must not be empty" },
    ]);
  });

  it("with hfDaily: true, reads yesterday's and today's lists", async () => {
    const { fetch, urls, sleep } = network();
    await ingestLive(db, { hfDaily: true, fetch, sleep, now });
    expect(urls.map((url) => url.searchParams.get("date"))).toEqual(["2099-01-04", "2099-01-05"]);
  });

  it("writes what one source gave when the other is down, then fails naming the one that was", async () => {
    const { fetch, sleep, sleeps } = network({ hf: () => new Response("down", { status: 503 }) });
    const failure = ingestLive(db, { arxivQuery: "cat:cs.LG", days: 2, hfDaily: "2099-01-05", fetch, sleep, now });
    await expect(failure).rejects.toThrow(IngestError);
    const error = (await failure.catch((e: unknown) => e)) as IngestError;
    expect(error.message).toMatch(/^Hugging Face request failed after 3 attempts, last: HTTP 503/);
    expect(error.summary).toMatchObject({ parsed: 6, skipped: 2 });
    expect(sleeps).toEqual([2000, 4000]);
    expect(await db.paper.count({ where: { arxivId: { in: ["2403.03507", "hep-ex/0307999"] } } })).toBe(2);
  });

  it("reports an unreachable arXiv in one line, after landing Hugging Face's papers", async () => {
    const { fetch, sleep } = network({
      arxiv: () => {
        throw new TypeError("fetch failed");
      },
    });
    const failure = ingestLive(db, { arxivQuery: "cat:cs.LG", hfDaily: "2099-01-05", fetch, sleep, now });
    await expect(failure).rejects.toThrow(
      /^arXiv request failed after 3 attempts, last: network error: TypeError: fetch failed/,
    );
  });
});
