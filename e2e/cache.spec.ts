// The public pages are rendered once for everyone and served from Next's cache (ADR 005); a reader's own
// state comes after hydration from GET /api/me. These tests hold that promise from outside: nothing of one
// reader ever reaches a cached page another client gets, a vote reaches everyone within the staleness
// bound (next.config's expireTime, 30 s), and signing out or deleting the account ends the session at once.
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import type { Db } from "@/lib/database/client";
import { PAPERS_PER_PAGE, pageCountOf } from "@/lib/validations/pagination";
import { cachedCountIn, FORMS, fetchFresh, oldPaper, settle, upvoteButtonsIn } from "./cached-pages";
import { expect, test } from "./fixtures";

/** The oldest a cached page may be (next.config expireTime), plus a render's margin. */
const STALENESS_BOUND_MS = 30_000 + 5_000;

/** The trending list's last page, where papers dated long ago sit. */
const lastTrendingPage = async (db: Db) => pageCountOf(await db.paper.count(), PAPERS_PER_PAGE);

const upvote = (page: Page, title: string) => page.getByRole("button", { name: `Upvote ${title}` }).first();

async function me(request: APIRequestContext, query = "") {
  const response = await request.get(`/api/me${query}`);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  return response.json() as Promise<{ viewer: { email: string | null } | null }>;
}

test("no cached page holds a signed-in reader's data: a signed-out client's HTML and RSC payloads", async ({
  page,
  login,
  db,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const reader = await login();
  const mark = randomBytes(4).toString("hex");
  const displayName = `Zenobia Quillfeather ${mark}`;
  const topicName = `Quokka lens ${mark}`;
  const voted = [
    await oldPaper(db, "A Voted Paper", new Date("1991-01-01")),
    await oldPaper(db, "Another Voted Paper", new Date("1991-01-02")),
  ];

  // Everything a reader can make personal, through the pages, as a person would.
  await page.goto("/settings");
  await page.getByLabel("Display name").fill(displayName);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto("/topics/new");
  await page.getByLabel("Name").fill(topicName);
  await page.getByLabel("Keywords").fill('"4-bit"');
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByRole("heading", { name: topicName, level: 1 })).toBeVisible();
  const ownSlug = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto("/topics/quantization");
  const follow = page.getByRole("main").getByRole("button", { name: "Follow Quantization" }).first();
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");

  await page.goto("/for-you");
  const forYou = page.getByRole("list", { name: "Papers" });
  const hiddenTitle = (await forYou.getByRole("heading", { level: 2 }).first().textContent())!;
  await page.getByRole("button", { name: `Not interested in ${hiddenTitle}` }).click();
  await expect(forYou.getByRole("heading", { name: hiddenTitle })).toHaveCount(0);

  for (const paper of voted) {
    await page.goto(`/papers/${paper.id}`);
    await upvote(page, paper.title).click();
    await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  }
  await expect.poll(() => db.upvote.count({ where: { userId: reader.id } })).toBe(voted.length);
  const hidden = await db.hiddenPaper.findFirstOrThrow({ where: { userId: reader.id } });
  const mine = await me(page.request, `?papers=${voted[0]!.id}`);
  expect(mine.viewer?.email).toBe(reader.email);

  const pages = [
    "/",
    "/?view=new",
    "/?view=top&period=day",
    "/?view=top&period=week",
    "/?view=top&period=month",
    "/?topic=quantization",
    "/?page=2",
    `/?page=${await lastTrendingPage(db)}`,
    "/topics",
    "/topics/quantization",
    "/topics/quantization?page=2",
    ...voted.map((paper) => `/papers/${paper.id}`),
    `/papers/${hidden.paperId}`,
    "/about/ranking",
  ];

  // Let every entry go stale (revalidate is 15 s), so that the reader's own visits are the requests that
  // render each page anew, on every worker, with the reader's cookie on them.
  await page.waitForTimeout(16_000);
  for (const url of pages) {
    await page.goto(url);
    await settle(page.request, url);
  }

  const stranger = await playwright.request.newContext({ baseURL });
  const secrets = {
    email: reader.email,
    "user id": reader.id,
    "session token": reader.sessionToken,
    "display name": displayName,
    "own topic's name": topicName,
    "own topic's slug": ownSlug,
  };
  for (const url of pages) {
    for (const [form, ask] of Object.entries(FORMS)) {
      const { url: asked, headers } = ask(url);
      // Twice per worker, most likely: every worker's entry is read.
      for (let i = 0; i < 4; i++) {
        const response = await fetchFresh(stranger, asked, headers);
        const where = `${form} of ${url}`;
        expect(response.status(), where).toBe(200);
        expect(response.headers()["set-cookie"], `${where} sets a cookie`).toBeUndefined();
        // A MISS is this worker rendering it for the stranger now (npm start's HTTP cache makes a warm-up
        // unable to tell which worker answered); it is checked like the rest.
        expect(response.headers()["x-nextjs-cache"], `${where} is not a shared (ISR) answer`).toMatch(
          /HIT|STALE|MISS|REVALIDATED/,
        );
        expect(response.headers()["cache-control"], where).toMatch(/s-maxage/);
        expect(response.headers()["content-type"], where).toContain(form === "html" ? "text/html" : "text/x-component");
        const body = await response.text();
        // Booleans and the matched text, not the body: a failure names what leaked without pages of HTML.
        for (const [what, secret] of Object.entries(secrets))
          expect(body.includes(secret), `${where} holds the ${what}`).toBe(false);
        // Pressed state, as HTML renders it and as a server component's props would carry it.
        // (Not `"hidden":true`: that is also the HTML attribute, which Next's metadata boundary uses.)
        expect(
          body.match(/aria-pressed="true"|"aria-pressed":true|"(upvoted|following)":true/)?.[0],
          where,
        ).toBeUndefined();
        if (form === "html") {
          for (const button of upvoteButtonsIn(body)) {
            expect(button, `${where}: an upvote button that isn't neutral`).not.toContain("aria-pressed");
            expect(button, where).toContain('aria-busy="true"');
          }
        }
      }
    }
  }
  // The paper the reader hid is still there for everyone else, and the reader's votes show as counts only.
  const hiddenPage = await (await fetchFresh(stranger, `/papers/${hidden.paperId}`)).text();
  expect(upvoteButtonsIn(hiddenPage)).not.toEqual([]);
  for (const paper of voted) {
    const html = await (await fetchFresh(stranger, `/papers/${paper.id}`)).text();
    expect(cachedCountIn(html, paper.title)).toBe(1);
  }
  await stranger.dispose();
});

test(`a vote reaches a signed-out reader's trending list and the paper page within ${STALENESS_BOUND_MS / 1000} s; the voter sees it at once`, async ({
  page,
  login,
  db,
  browser,
}) => {
  test.setTimeout(180_000);
  const paper = await oldPaper(db, "A Paper Voted Across Readers", new Date("1990-01-01"));
  await login();

  // The paper is new to the cached list, which shows it within the same bound.
  let listUrl = "";
  await expect(async () => {
    listUrl = `/?page=${await lastTrendingPage(db)}`;
    await page.goto(listUrl);
    await expect(upvote(page, paper.title)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: STALENESS_BOUND_MS + 10_000, intervals: [1_000] });
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "false");
  // Every worker holds a render of both pages with no vote, so the pages the next requests get are older
  // than the vote.
  const paperUrl = `/papers/${paper.id}`;
  await settle(page.request, listUrl);
  await settle(page.request, paperUrl);

  await upvote(page, paper.title).click();
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  await expect(upvote(page, paper.title)).toContainText("1");
  await expect.poll(() => db.paper.findUniqueOrThrow({ where: { id: paper.id } }).then((p) => p.upvoteCount)).toBe(1);
  const votedAt = Date.now();

  // The voter's own view: the cached HTML still says 0, the button the server's count and the vote.
  const reloaded = await page.reload();
  expect(cachedCountIn(await reloaded!.text(), paper.title)).toBe(0);
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  await expect(upvote(page, paper.title)).toContainText("1");
  await page.goto(paperUrl);
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  await expect(upvote(page, paper.title)).toContainText("1");

  // Another reader, signed out: no personal counts, only what the cache serves.
  const other = await browser.newContext();
  const reader = await other.newPage();
  for (const url of [listUrl, paperUrl]) {
    await expect(async () => {
      await reader.goto(url);
      await expect(upvote(reader, paper.title).locator("span").last()).toHaveText("1", { timeout: 1_000 });
    }).toPass({ timeout: Math.max(1_000, votedAt + STALENESS_BOUND_MS - Date.now()), intervals: [1_000] });
  }
  await other.close();
});

test("signing out and deleting the account end the session on the next request", async ({
  page,
  login,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const replay = async (token: string) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Cookie: `${HTTP_SESSION_COOKIE}=${token}` },
    });
    const answer = await me(request);
    await request.dispose();
    return answer;
  };

  const leaving = await login();
  expect((await replay(leaving.sessionToken)).viewer?.email).toBe(leaving.email);
  await page.goto("/");
  await page.getByLabel(`Account menu for ${leaving.email}`).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await replay(leaving.sessionToken)).toEqual({ viewer: null });
  await page.goto("/topics");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.context().clearCookies();
  const deleting = await login();
  expect((await replay(deleting.sessionToken)).viewer?.email).toBe(deleting.email);
  await page.goto("/settings");
  await page.getByLabel(/To confirm, type/).fill("delete my account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/?deleted=1");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await replay(deleting.sessionToken)).toEqual({ viewer: null });
});

test("the cached renders hold only the pages the proxy rewrites to, and it rewrites inside the server", async ({
  request,
}) => {
  // Asked for directly, a cached route renders only the segments some public URL maps to: made-up ones would
  // each be one more cache entry.
  for (const path of [
    "/cached/home/anything/at/all/9",
    "/cached/home/new/day/-/1", // New ignores the period: its one entry says week
    "/cached/home/trending/week/-/01",
    "/cached/home/trending/week/-/52", // every page past the last is page 51
    "/cached/home/trending/week/someones-own-topic/1",
    "/cached/topics/quantization/01",
    "/cached/topics/someones-own-topic/1",
    "/cached/topic-list/other",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // Rewritten inside the server: an absolute URL in this header means Next.js sent the request to itself
  // over HTTP again (it did while scripts/serve.mjs gave it 127.0.0.1 as its host name).
  for (const [path, cached] of [
    ["/", "/cached/home/trending/week/-/1"],
    ["/?view=top&period=day&page=2", "/cached/home/top/day/-/2?view=top&period=day&page=2"],
    ["/topics", "/cached/topic-list/all"],
    ["/topics/quantization?page=2", "/cached/topics/quantization/2?page=2"],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-middleware-rewrite"], path).toBe(cached);
  }
});
