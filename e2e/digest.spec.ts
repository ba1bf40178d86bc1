// The digest as a reader meets it: subscribe in the browser, get one email of their For-you list through
// the cron route, leave with one click. Serial: these tests are the only ones that make readers due, and a
// worker started by one would otherwise send another's digest before that test has set it up.
import { spawn } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { freePort } from "@/lib/database/embedded";
import { signUnsubscribeToken, unsubscribeKey } from "@/lib/digest/unsubscribe-token";
import { createReader } from "@/lib/testing/readers";
import { setUpvote } from "@/lib/votes/set-upvote";
import { expect, test, uniqueEmail } from "./fixtures";
import { messagesTo, signInLink, waitForMessage } from "./mailbox";

test.describe.configure({ mode: "serial" });

/** Clean-ups a test registers as it goes, run after it whether it passed or not. */
const cleanups: (() => Promise<unknown>)[] = [];
const onTestEnd = (cleanup: () => Promise<unknown>) => cleanups.push(cleanup);
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const runCron = async (request: APIRequestContext, baseURL?: string) => {
  const response = await request.get(`${baseURL ?? ""}/api/cron/digest`, {
    headers: { authorization: `Bearer ${process.env.CRON_SECRET}` },
    timeout: 60_000,
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<"due" | "enqueued" | "sent" | "skipped" | "failed" | "left", number>;
};

/** The numbered paper titles of a digest's plain-text part, in order. */
const titlesIn = (text: string) => [...text.matchAll(/^\d+\. (.+)$/gm)].map((match) => match[1]!.trim());

test.describe("as a new reader in India", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  test("subscribes from the home page, gets their For-you list by email once, and one click unsubscribes them", async ({
    page,
    db,
    request,
  }) => {
    const email = uniqueEmail("digest");
    await page.goto("/");
    const box = page.getByRole("region", { name: "Get trending papers in your inbox" });
    await box.getByLabel("Email address for the digest").fill(email);
    await box.getByRole("button", { name: "Subscribe" }).click();
    await expect(box.getByRole("status")).toContainText(`confirm with the link we sent to ${email}`);

    const confirmation = await waitForMessage(email);
    expect(confirmation.subject).toContain("Confirm your Paperboy digest");
    await page.goto(signInLink(confirmation));
    await page.getByRole("button", { name: "Confirm and subscribe" }).click();
    await expect(page.getByRole("heading", { name: "Welcome to Paperboy" })).toBeVisible();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ digestEnabled: true, digestHour: 8, digestFrequency: "daily" });
    // The browser's zone (Chromium may name it by its older alias).
    expect(["Asia/Kolkata", "Asia/Calcutta"]).toContain(user.timeZone);

    await page.getByRole("button", { name: "Follow Speculative decoding" }).click();
    await expect(page.getByRole("button", { name: "Follow Speculative decoding" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You're subscribed" })).toBeVisible();
    // Due at once: from midnight, local time.
    await page.getByLabel("Send hour").selectOption("0");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();

    await page.goto("/for-you");
    // The list comes from /api/for-you after the page loads.
    const forYouTitles = page.getByRole("list", { name: "Papers" }).getByRole("heading", { level: 2 });
    await expect(forYouTitles.first()).toBeVisible();
    const forYou = await forYouTitles.allTextContents();
    expect(forYou.length).toBeGreaterThan(0);
    // The vote moves a sample paper up every list; other tests expect the sample's own order, so it goes.
    const voted = await db.paper.findFirstOrThrow({ where: { title: forYou.at(-1) } });
    onTestEnd(() => setUpvote(db, user.id, voted.id, false));
    await page.getByRole("button", { name: `Upvote ${forYou.at(-1)}` }).click();
    await expect(page.getByRole("button", { name: `Upvote ${forYou.at(-1)}` })).toHaveAttribute("aria-pressed", "true");
    // The button flips at once; the ranking changes when the vote has landed.
    await expect.poll(() => db.upvote.count({ where: { userId: user.id } })).toBe(1);
    await page.reload();
    // Again from /api/for-you once the reloaded page is up: wait for it before reading.
    await expect(forYouTitles.first()).toBeVisible();
    const ranked = await forYouTitles.allTextContents();

    await runCron(request);
    const digest = await waitForMessage(email, 2);
    expect(digest.subject).toMatch(/^Paperboy \d{1,2} [A-Z][a-z]{2}: /);
    expect(digest.html).toContain("<html");
    const titles = titlesIn(digest.text);
    expect(titles).toHaveLength(10);
    // Their For-you list first, in its order; then trending papers, marked as such.
    expect(titles.slice(0, ranked.length)).toEqual(ranked.slice(0, 10));
    for (const title of ranked.slice(0, 10)) expect(digest.html).toContain(title.replaceAll("'", "&#x27;"));
    expect(digest.text.match(/Trending/g)?.length ?? 0).toBe(Math.max(0, 10 - ranked.length));

    const unsubscribe = /^<(https?:\/\/[^>]+\/unsubscribe\/[^>]+)>$/.exec(
      digest.headers["list-unsubscribe"] ?? "",
    )?.[1];
    expect(unsubscribe).toBeDefined();
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

    // The mail client's one-click POST: no cookies, no redirect, 200.
    const mailClient = await playwrightRequest.newContext();
    const oneClick = await mailClient.post(unsubscribe!, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
      maxRedirects: 0,
    });
    expect(oneClick.status()).toBe(200);
    expect(oneClick.headers().location).toBeUndefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(false);
    // Again: the same answer, the same state.
    expect((await mailClient.post(unsubscribe!, { data: "List-Unsubscribe=One-Click" })).status()).toBe(200);

    // Unsubscribed (and already sent today): the next run sends nothing.
    await runCron(request);
    expect(await messagesTo(email)).toHaveLength(2);

    // A tampered token, or this reader's MAC on someone else's id, changes nothing.
    const other = await db.user.create({ data: { email: uniqueEmail("other"), digestEnabled: true } });
    const [version, list, , mac] = new URL(unsubscribe!).pathname.split("/").at(-1)!.split(".");
    const forged = [
      `${unsubscribe!.slice(0, -1)}${unsubscribe!.endsWith("A") ? "B" : "A"}`,
      unsubscribe!.replace(/\/unsubscribe\/.*$/, `/unsubscribe/${[version, list, other.id, mac].join(".")}`),
    ];
    for (const url of forged) {
      const response = await mailClient.post(url, { data: "resubscribe=1", maxRedirects: 0 });
      expect(response.status()).toBe(403);
      expect((await mailClient.get(url)).status()).toBe(404);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).digestEnabled).toBe(true);
    await mailClient.dispose();
  });
});

test("the subscribe box says what is wrong with an address and keeps what was typed", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("region", { name: "Get trending papers in your inbox" });
  const input = box.getByLabel("Email address for the digest");
  for (const typed of ["not-an-email", '"x@evil.com"@example.com', "a@b.com, c@d.com"]) {
    await input.fill(typed);
    // Wait for the answer: the alert of the previous try is still showing until it comes.
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await box.getByRole("button", { name: "Subscribe" }).click();
    await answered;
    await expect(box.getByRole("alert")).toBeVisible();
    await expect(input).toHaveValue(typed);
  }
  await expect(box.getByRole("alert")).toHaveText("Enter one email address, like name@example.com.");
});

test("the unsubscribe link shows one button, which unsubscribes and offers to resubscribe", async ({ page, db }) => {
  const user = await db.user.create({ data: { email: uniqueEmail("leaving"), digestEnabled: true } });
  const token = signUnsubscribeToken(unsubscribeKey(process.env.AUTH_SECRET!), user.id);

  // Opening the link (as a mail scanner does) changes nothing.
  await page.goto(`/unsubscribe/${token}`);
  await expect(page.getByText("You get the Paperboy digest at this address.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(true);

  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "You're unsubscribed. No more digests will be sent to this address.",
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(false);
  await expect(page.getByRole("link", { name: "Digest preferences" })).toHaveAttribute("href", "/settings/digest");

  await page.getByRole("button", { name: "Resubscribe" }).click();
  await expect(page.getByRole("status")).toHaveText("You're subscribed again.");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(true);
});

test("a signed-in reader turns the digest on from the home page, previews it, and their settings keep bad input with an error", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  await page.goto("/");
  await page.getByRole("button", { name: "Turn on the daily digest" }).click();
  await expect(page.getByRole("status")).toContainText("Your digest is on: daily at 08:00");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(true);

  await page.goto("/settings/digest");
  await page.getByLabel("Papers per digest").fill("50");
  await page.getByLabel("Weekly", { exact: true }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A digest holds between 5 and 30 papers.").first()).toBeVisible();
  await expect(page.getByLabel("Papers per digest")).toHaveValue("50");
  await expect(page.getByLabel("Weekly", { exact: true })).toBeChecked();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).digestSize).toBe(10);

  await page.getByLabel("Papers per digest").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
    digestSize: 5,
    digestFrequency: "weekly",
  });

  await page.getByRole("link", { name: "Preview my next digest" }).click();
  await expect(page.getByRole("heading", { name: "Your next digest" })).toBeVisible();
  const frame = page.frameLocator("iframe[title='Digest preview']");
  await expect(frame.getByRole("heading", { name: "Your Paperboy weekly digest" })).toBeVisible();
  await expect(frame.getByText("Read on Paperboy")).toHaveCount(5);
  // A preview records nothing.
  expect(await db.digestPaper.count({ where: { userId: user.id } })).toBe(0);
});

test("a digest's web view is its owner's alone", async ({ page, login, db }) => {
  const sentTo = async (userId: string) => {
    const paper = await db.paper.findFirstOrThrow({ orderBy: { id: "asc" } });
    return db.digest.create({
      data: {
        userId,
        localDate: new Date("2026-11-30"),
        frequency: "daily",
        status: "sent",
        sentAt: new Date(),
        retryUntil: new Date(),
        papers: { create: { userId, paperId: paper.id, position: 1 } },
      },
    });
  };
  const reader = await login();
  const own = await sentTo(reader.id);
  const someoneElses = await sentTo((await db.user.create({ data: { email: uniqueEmail("owner") } })).id);

  await page.goto("/settings/digest");
  await page.getByRole("list", { name: "Recent digests" }).getByRole("link", { name: "30 Nov 2026" }).click();
  await expect(page).toHaveURL(`/digests/${own.id}`);
  await expect(page.getByRole("heading", { name: "Your digest of 30 Nov 2026" })).toBeVisible();
  await expect(page.frameLocator("iframe[title='Digest']").getByText("Read on Paperboy")).toHaveCount(1);

  expect((await page.goto(`/digests/${someoneElses.id}`))?.status()).toBe(404);
  expect((await page.goto("/digests/not-a-uuid"))?.status()).toBe(404);
});

test("two cron runs at once, on two app instances, beside two workers, send each due reader exactly one digest", async ({
  request,
  db,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const readers = await Promise.all(Array.from({ length: 24 }, () => createReader(db, { size: 5 })));
  const processes = await startProcesses(baseURL!);
  try {
    // Other tests' readers may be due too: the answers count them as well, so the checks are per reader.
    await Promise.all([runCron(request), runCron(request, processes.secondAppUrl)]);
    await expect
      .poll(async () => (await Promise.all(readers.map((r) => messagesTo(r.email!)))).every((m) => m.length > 0), {
        timeout: 30_000,
      })
      .toBe(true);
    // Whatever is still in flight has landed by the time every digest row is settled.
    await expect
      .poll(() => db.digest.count({ where: { userId: { in: readers.map((r) => r.id) }, status: "sent" } }))
      .toBe(readers.length);
    for (const reader of readers) {
      expect(await messagesTo(reader.email!)).toHaveLength(1);
      expect(await db.digest.count({ where: { userId: reader.id } })).toBe(1);
    }
  } finally {
    await processes.stop();
  }
});

/** A second app instance (`npm start`'s server, one worker) and two `npm run worker` processes on the same
 *  database and SMTP sink as the test servers. */
async function startProcesses(appUrl: string) {
  const port = await freePort();
  const secondAppUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    SMTP_URL: process.env.E2E_SMTP_URL!,
    APP_URL: appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const spawned = [
    spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...env, WEB_CONCURRENCY: "1", DIGEST_WORKERS: "0" },
      stdio: "ignore",
      detached: true,
    }),
    ...[1, 2].map(() => spawn("npm", ["run", "worker"], { env, stdio: "ignore", detached: true })),
  ];
  const exits = spawned.map((child) => new Promise<void>((resolve) => child.once("exit", () => resolve())));
  const stop = async () => {
    for (const child of spawned) {
      try {
        if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await Promise.all(exits);
  };
  try {
    await expect
      .poll(async () => (await fetch(`${secondAppUrl}/about/ranking`).catch(() => null))?.status, { timeout: 60_000 })
      .toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { secondAppUrl, stop };
}
