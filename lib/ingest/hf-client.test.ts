import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createHfClient, HfFetchError, utcDate } from "@/lib/ingest/hf-client";

const daily = readFileSync(new URL("./fixtures/hf-daily.json", import.meta.url), "utf8");

/** A client whose fetch answers from `answer(call)` (the fixture when it returns null), recording each call. */
function setup(answer: (call: number, init?: RequestInit) => Response | Promise<Response> | null = () => null) {
  const urls: string[] = [];
  const sleeps: number[] = [];
  const client = createHfClient({
    timeoutMs: 5,
    sleep: async (ms) => void sleeps.push(ms),
    fetch: async (input, init) => {
      urls.push(String(input));
      return (await answer(urls.length, init)) ?? new Response(daily);
    },
  });
  return { client, urls, sleeps };
}

describe("the Hugging Face daily papers client", () => {
  it("asks for one day's whole list and parses it", async () => {
    const { client, urls } = setup();
    const result = await client.daily("2099-01-05");
    expect(urls).toEqual(["https://huggingface.co/api/daily_papers?date=2099-01-05&limit=100"]);
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(["9901.00001", "9901.00004", "9901.00006"]);
    expect(result.issues).toEqual([{ position: 3, reason: "abstract: must not be empty" }]);
  });

  it("asks for the latest list when no date is given", async () => {
    const { client, urls } = setup();
    await client.daily();
    expect(urls).toEqual(["https://huggingface.co/api/daily_papers?limit=100"]);
  });

  it("refuses a date that is not YYYY-MM-DD before making any request", async () => {
    const { client, urls } = setup();
    await expect(client.daily("5 Jan 2099")).rejects.toThrow("Not a YYYY-MM-DD date: 5 Jan 2099");
    expect(urls).toEqual([]);
  });

  it("retries a 503 and an HTML page served with 200, with growing waits", async () => {
    const answers = [new Response("busy", { status: 503 }), new Response("<html>gateway</html>")];
    const { client, urls, sleeps } = setup(() => answers.shift() ?? null);
    const result = await client.daily("2099-01-05");
    expect(urls).toHaveLength(3);
    expect(sleeps).toEqual([2000, 4000]);
    expect(result.papers).toHaveLength(3);
  });

  it("retries when rate-limited (429), waiting at least as long as Retry-After asks, at most two minutes", async () => {
    const slowDown = (retryAfter: string) =>
      new Response("slow down", { status: 429, headers: { "retry-after": retryAfter } });
    const answers = [slowDown("7"), slowDown("86400")];
    const { client, urls, sleeps } = setup(() => answers.shift() ?? null);
    expect((await client.daily("2099-01-05")).papers).toHaveLength(3);
    expect(urls).toHaveLength(3);
    expect(sleeps).toEqual([7000, 120_000]);
  });

  it("retries a request that times out", async () => {
    const hang = (init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)),
      );
    const { client, urls } = setup((call, init) => (call === 1 ? hang(init) : null));
    expect((await client.daily("2099-01-05")).papers).toHaveLength(3);
    expect(urls).toHaveLength(2);
  });

  it("gives up after 3 failed attempts with an error that says why", async () => {
    const { client, urls } = setup(() => new Response("down", { status: 502 }));
    const failure = client.daily("2099-01-05");
    await expect(failure).rejects.toThrow(HfFetchError);
    await expect(failure).rejects.toThrow(/^Hugging Face request failed after 3 attempts, last: HTTP 502 \(https:/);
    expect(urls).toHaveLength(3);
  });

  it("does not retry a 404: the request itself is wrong", async () => {
    const { client, urls } = setup(() => new Response("not found", { status: 404 }));
    await expect(client.daily("2099-01-05")).rejects.toThrow("Hugging Face refused the request: HTTP 404");
    expect(urls).toHaveLength(1);
  });

  it("names a moment's UTC day", () => {
    expect(utcDate(new Date("2099-01-05T23:30:00-05:00"))).toBe("2099-01-06");
  });
});
