import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArxivFetchError, type ArxivPage, createArxivClient, type ArxivSearch } from "@/lib/ingest/arxiv-client";

const errorFeed = readFileSync(new URL("./fixtures/arxiv-error.xml", import.meta.url), "utf8");

/** A feed page in the API's shape, with `count` fictional entries numbered from `start + 1`. */
function feed(totalResults: number, start: number, count: number) {
  const entries = Array.from({ length: count }, (_, i) => {
    const id = `9901.${String(start + i + 1).padStart(5, "0")}`;
    return `<entry><id>http://arxiv.org/abs/${id}v1</id><title>A Fictional Paper ${id}</title>
      <summary>Invented.</summary><author><name>Example Author</name></author></entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <opensearch:totalResults>${totalResults}</opensearch:totalResults>
  <opensearch:startIndex>${start}</opensearch:startIndex>
  <opensearch:itemsPerPage>${count}</opensearch:itemsPerPage>
  ${entries.join("\n")}
</feed>`;
}

/** Serves `total` results page by page, as arXiv would; `override` can replace any answer. */
function setup(total: number, override?: (call: number, init?: RequestInit) => Response | Promise<Response> | null) {
  let clock = 0;
  const sleeps: number[] = [];
  const requests: { start: number; maxResults: number; at: number }[] = [];
  const client = createArxivClient({
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    timeoutMs: 5,
    fetch: async (input, init) => {
      const params = new URL(String(input)).searchParams;
      const start = Number(params.get("start"));
      const maxResults = Number(params.get("max_results"));
      requests.push({ start, maxResults, at: clock });
      const answer = await override?.(requests.length, init);
      return answer ?? new Response(feed(total, start, Math.max(0, Math.min(maxResults, total - start))));
    },
  });
  const advance = (ms: number) => (clock += ms);
  return { client, sleeps, requests, advance };
}

async function all(pages: AsyncIterable<ArxivPage>, between?: () => void) {
  const seen: ArxivPage[] = [];
  for await (const page of pages) {
    seen.push(page);
    between?.();
  }
  return seen;
}

const search: ArxivSearch = { searchQuery: "cat:cs.LG", pageSize: 2 };

describe("the arXiv client", () => {
  it("pages through every result until the total is reached", async () => {
    const { client, requests } = setup(5);
    const pages = await all(client.pages(search));
    expect(requests.map((r) => [r.start, r.maxResults])).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
    expect(pages.map((page) => page.start)).toEqual([0, 2, 4]);
    expect(pages.flatMap((page) => page.papers.map((paper) => paper.arxivId))).toEqual([
      "9901.00001",
      "9901.00002",
      "9901.00003",
      "9901.00004",
      "9901.00005",
    ]);
  });

  it("waits 3 seconds between requests, counting the time the caller already spent", async () => {
    const fast = setup(5);
    await all(fast.client.pages(search));
    expect(fast.sleeps).toEqual([3000, 3000]);
    expect(fast.requests.map((r) => r.at)).toEqual([0, 3000, 6000]);

    const slow = setup(5);
    await all(slow.client.pages(search), () => slow.advance(1000));
    expect(slow.sleeps).toEqual([2000, 2000]);
  });

  it("never runs two requests at once, even for two searches side by side", async () => {
    const { client, requests } = setup(4);
    await Promise.all([all(client.pages(search)), all(client.pages({ ...search, searchQuery: "cat:cs.AI" }))]);
    const times = requests.map((r) => r.at);
    expect(times).toHaveLength(4);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3000);
  });

  it("stops at the requested number of results", async () => {
    const { client, requests } = setup(100);
    const pages = await all(client.pages({ ...search, maxResults: 3 }));
    expect(requests.map((r) => r.maxResults)).toEqual([2, 1]);
    expect(pages.flatMap((page) => page.papers)).toHaveLength(3);
  });

  it("stops at arXiv's limit of 30000 results per query", async () => {
    const { client, requests } = setup(1_000_000);
    await all(client.pages({ searchQuery: "cat:cs.LG", maxResults: 50_000 }));
    expect(requests).toHaveLength(15);
    expect(requests.at(-1)).toMatchObject({ start: 28_000, maxResults: 2000 });
  });

  it("retries a 503 with growing waits, then carries on", async () => {
    const { client, requests, sleeps } = setup(1, (call) => (call < 3 ? new Response("busy", { status: 503 }) : null));
    const pages = await all(client.pages(search));
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([5000, 10_000]);
    expect(pages[0]?.papers).toHaveLength(1);
  });

  it("retries a 429 and waits as long as its Retry-After asks", async () => {
    const slowDown = () => new Response("slow down", { status: 429, headers: { "retry-after": "20" } });
    const { client, requests, sleeps } = setup(1, (call) => (call === 1 ? slowDown() : null));
    const pages = await all(client.pages(search));
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([20_000]);
    expect(pages[0]?.papers).toHaveLength(1);
  });

  it("retries a request that times out", async () => {
    const hang = (init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)),
      );
    const { client, requests } = setup(1, (call, init) => (call === 1 ? hang(init) : null));
    const pages = await all(client.pages(search));
    expect(requests).toHaveLength(2);
    expect(pages[0]?.papers).toHaveLength(1);
  });

  it("gives up after 3 failed attempts with an error that says why", async () => {
    const { client, requests } = setup(1, () => new Response("down", { status: 502 }));
    const failure = all(client.pages(search));
    await expect(failure).rejects.toThrow(ArxivFetchError);
    await expect(failure).rejects.toThrow(/^arXiv request failed after 3 attempts, last: HTTP 502 \(https:\/\/export/);
    await expect(failure).rejects.toMatchObject({ attempts: 3, status: 502 });
    expect(requests).toHaveLength(3);
  });

  it("does not retry a 400 and passes on arXiv's explanation", async () => {
    const { client, requests } = setup(1, () => new Response(errorFeed, { status: 400 }));
    await expect(all(client.pages(search))).rejects.toThrow(
      "arXiv refused the request: HTTP 400 (arXiv API error: incorrect id format for 1234.12345)",
    );
    expect(requests).toHaveLength(1);
  });

  it("treats arXiv's error entry as a failure, not as a page of results", async () => {
    const { client, requests } = setup(1, () => new Response(errorFeed));
    await expect(all(client.pages(search))).rejects.toThrow("arXiv API error: incorrect id format for 1234.12345");
    expect(requests).toHaveLength(1);
  });

  it("asks again when arXiv answers an empty page before the end of the results", async () => {
    const { client, requests } = setup(3, (call) => (call === 2 ? new Response(feed(3, 2, 0)) : null));
    const pages = await all(client.pages(search));
    expect(requests.map((r) => r.start)).toEqual([0, 2, 2]);
    expect(pages.flatMap((page) => page.papers)).toHaveLength(3);
  });

  it("continues from where a short page ended, so no result is skipped", async () => {
    const { client, requests } = setup(4, (call) => (call === 1 ? new Response(feed(4, 0, 1)) : null));
    const pages = await all(client.pages(search));
    expect(requests.map((r) => r.start)).toEqual([0, 1, 3]);
    expect(pages.flatMap((page) => page.papers.map((paper) => paper.arxivId))).toEqual([
      "9901.00001",
      "9901.00002",
      "9901.00003",
      "9901.00004",
    ]);
  });

  it("gives one empty page for a search with no results", async () => {
    const { client, requests } = setup(0);
    expect(await all(client.pages(search))).toEqual([{ start: 0, totalResults: 0, papers: [], issues: [] }]);
    expect(requests).toHaveLength(1);
  });

  it("numbers issues from the first result of the whole search", async () => {
    const { client } = setup(4, (call) =>
      call === 2 ? new Response(feed(4, 2, 2).replace("<title>A Fictional Paper 9901.00004</title>", "")) : null,
    );
    const pages = await all(client.pages(search));
    expect(pages[1]?.issues).toEqual([{ position: 4, reason: "title: must not be empty" }]);
  });
});
