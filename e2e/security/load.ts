// LOAD: work an outsider can make the database do. Searches and topic writes are bounded in what each one
// costs and rate-limited per client; deep pages are never queried. These tests fire real bursts at the
// production build; they assert that every answer is a real page or a clear refusal, never how fast it was
// (performance is BENCHMARKS.md's search-burst step).
import { randomBytes } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";
import { startOwnServer } from "../own-server";

// What the search page may answer a burst: results, or a refusal, from the rate limit or from a database too
// busy to answer in time (this machine is shared, and the 40 requests arrive at once).
const SEARCH_ANSWERS: [string, RegExp][] = [
  ["results", /results? for “model”/],
  ["rate-limited", /Too many searches from your network\. Try again in \d+ seconds?\./],
  ["busy", /That search couldn't be answered in time/],
];

/** The page's HTML, checked to be a 200 without an error boundary, with React's text separators removed. */
async function text(response: APIResponse) {
  expect(response.status(), response.url()).toBe(200);
  const html = await response.text();
  // An error boundary's digest names the error; an empty one marks a part rendered in the browser only
  // (useSearchParams on a cached page), which is not an error.
  expect(html, response.url()).not.toMatch(/data-dgst="[^"]/);
  return html.replaceAll("<!-- -->", "");
}

test.describe("LOAD: search and deep pages", () => {
  test("a burst of broad searches gets results or a clear refusal, at most 30 searched, and the home page answers", async ({
    request,
  }) => {
    // A server with the real per-IP search limit (the shared one lifts it: every test searches from 127.0.0.1).
    test.slow();
    const { url } = await startOwnServer({}, { seed: true });
    const [home, ...searches] = await Promise.all([
      request.get(`${url}/`),
      ...Array.from({ length: 40 }, (_, i) => request.get(`${url}/search?q=model&i=${i}`)),
    ]);
    const bodies = await Promise.all(searches.map(text));
    const answers = bodies.map(
      (body) => SEARCH_ANSWERS.find(([, pattern]) => pattern.test(body))?.[0] ?? `unexpected: ${body.slice(0, 200)}`,
    );
    const tally = JSON.stringify(
      Object.fromEntries(SEARCH_ANSWERS.map(([name]) => [name, answers.filter((a) => a === name).length])),
    );
    expect(
      answers.filter((a) => a.startsWith("unexpected")),
      tally,
    ).toEqual([]);
    // One client gets 30 searches a minute; the rest are refused before any search runs.
    expect(answers.filter((a) => a === "results").length, tally).toBeLessThanOrEqual(30);
    expect(await text(home)).toContain('aria-label="Papers"');
  });

  test("hostile search text gets a message, not an error page", async ({ page }) => {
    const cases: [string, RegExp][] = [
      ["kv\u0000cache", /can't contain control characters/],
      ["x".repeat(10_000), /at most 300 characters/],
      [Array.from({ length: 40 }, (_, i) => `w${i}`).join(" or "), /at most 16 words/],
    ];
    for (const [q, message] of cases) {
      const response = await page.goto(`/search?${new URLSearchParams({ q })}`);
      expect(response?.status(), q.slice(0, 20)).toBe(200);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
    }
  });

  test("deep pages are not queried: every list stops at page 50 and says so", async ({ page, login, db }) => {
    for (const url of ["/?page=100000", "/?view=new&page=51", "/topics/quantization?page=100000"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByText("Lists stop at page 50."), url).toBeVisible();
    }
    await page.goto("/search?q=model&page=100000");
    await expect(page.getByText("Lists stop at page 50.")).toBeVisible();
    const user = await login();
    const quantization = await db.topic.findUniqueOrThrow({ where: { slug: "quantization" } });
    await db.topicFollow.create({ data: { userId: user.id, topicId: quantization.id } });
    await page.goto("/for-you?page=100000");
    await expect(page.getByText("Lists stop at page 50.")).toBeVisible();
  });
});

/** What the create-topic action may answer a burst, as its RSC payload says it. */
const ANSWERS: [string, RegExp][] = [
  ["created", /"ok":true/],
  ["at the cap", /Delete one first/],
  ["rate-limited", /saved a lot of topics lately/],
  ["busy", /Paperboy is busy right now/],
];

test.describe("LOAD: private topics", () => {
  test("60 parallel creates through the real action stop at the cap of 50", async ({ page, login, db }) => {
    const user = await login();
    // One place left: the burst's first 20 pass the rate limit and race for it.
    await db.topic.createMany({
      data: Array.from({ length: 49 }, (_, i) => ({
        slug: `burst-${i}-${randomBytes(4).toString("hex")}`,
        name: `Burst ${i}`,
        query: "quantization",
        ownerId: user.id,
      })),
    });
    await page.goto("/topics/new");
    // The create action's own request: the page may call other actions (saving the browser's time zone).
    const captured = page.waitForRequest(
      (r) => r.method() === "POST" && !!r.headers()["next-action"] && !!r.postData()?.includes("Burst topic"),
    );
    await page.route(
      (url) => url.pathname === "/topics/new",
      (route) => (route.request().method() === "POST" ? route.abort() : route.continue()),
    );
    await page.getByLabel("Name").fill("Burst topic");
    await page.getByLabel("Keywords").fill("sparse attention");
    await page.getByRole("button", { name: "Create topic" }).click();
    const action = await captured;
    const headers = await action.allHeaders();

    const responses = await Promise.all(
      Array.from({ length: 60 }, () => page.request.post("/topics/new", { headers, data: action.postDataBuffer()! })),
    );
    const bodies = await Promise.all(responses.map(text));
    const answers = bodies.map(
      (body) => ANSWERS.find(([, pattern]) => pattern.test(body))?.[0] ?? `unexpected: ${body.slice(0, 200)}`,
    );
    const tally = Object.fromEntries(ANSWERS.map(([name]) => [name, answers.filter((a) => a === name).length]));
    expect(
      answers.filter((a) => a.startsWith("unexpected")),
      JSON.stringify(tally),
    ).toEqual([]);
    expect(tally.created, JSON.stringify(tally)).toBe(1);
    expect(await db.topic.count({ where: { ownerId: user.id } })).toBe(50);
  });

  test("the live preview is rate-limited per user with a clear 429", async ({ page, login }) => {
    await login();
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) {
      const response = await page.request.get(`/api/topics/preview?${new URLSearchParams({ q: `model ${i}` })}`);
      statuses.push(response.status());
      if (response.status() === 429) {
        expect((await response.json()).error).toMatch(/Previews are paused for a moment\. Try again in \d+ seconds?\./);
        expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
        break;
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
  });
});
