import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { matchTopic } from "@/lib/topics/match";
import { expect, test } from "./fixtures";

test("For you shows only papers from followed topics, each with why-chips, and Not interested removes one", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  const speculative = await db.topic.findUniqueOrThrow({ where: { slug: "speculative-decoding" } });
  const own = await db.topic.create({
    data: { slug: `four-bit-${user.id}`, name: "4-bit", query: '"4-bit"', ownerId: user.id },
  });
  await matchTopic(db, own.id);
  await db.topicFollow.createMany({
    data: [
      { userId: user.id, topicId: speculative.id },
      { userId: user.id, topicId: own.id },
    ],
  });
  const expected = await db.paper.findMany({
    where: { topics: { some: { topicId: { in: [speculative.id, own.id] } } } },
    select: { title: true },
  });

  await page.goto("/");
  await page.getByRole("link", { name: "For you" }).click();
  await expect(page.getByRole("heading", { name: "For you", level: 1 })).toBeVisible();
  const list = page.getByRole("list", { name: "Papers" });
  const titles = await list.getByRole("heading", { level: 2 }).allTextContents();
  expect(titles.sort()).toEqual(expected.map((p) => p.title).sort());

  const autoJudge = "AutoJudge: Judge Decoding Without Manual Annotation";
  await expect(page.getByRole("list", { name: `Why ${autoJudge} is here` })).toHaveText("Speculative decoding");
  const stableSpam = "Stable-SPAM: How to Train in 4-Bit More Stably than 16-Bit Adam";
  await expect(page.getByRole("list", { name: `Why ${stableSpam} is here` })).toHaveText("your topic: 4-bit");

  await page.getByRole("button", { name: `Not interested in ${autoJudge}` }).click();
  await expect(list.getByRole("heading", { name: autoJudge })).toHaveCount(0);
  await expect.poll(() => db.hiddenPaper.count({ where: { userId: user.id } })).toBe(1);
  await page.reload();
  await expect(page.getByRole("list", { name: "Papers" }).getByRole("heading", { name: stableSpam })).toBeVisible();
  await expect(page.getByRole("list", { name: "Papers" }).getByRole("heading", { name: autoJudge })).toHaveCount(0);
  // Hidden from the trending list too, for this person.
  await page.goto("/?topic=speculative-decoding");
  await expect(page.getByRole("list", { name: "Papers" }).getByRole("heading", { name: autoJudge })).toHaveCount(0);
});

test("Not interested that the server never saved brings the paper back and says so", async ({ page, login, db }) => {
  const user = await login();
  const speculative = await db.topic.findUniqueOrThrow({ where: { slug: "speculative-decoding" } });
  await db.topicFollow.create({ data: { userId: user.id, topicId: speculative.id } });
  const autoJudge = "AutoJudge: Judge Decoding Without Manual Annotation";

  await page.goto("/for-you");
  const list = page.getByRole("list", { name: "Papers" });
  await expect(list.getByRole("heading", { name: autoJudge })).toBeVisible();
  await page.route(
    (url) => url.pathname === "/for-you",
    (route) => (route.request().headers()["next-action"] ? route.abort("connectionfailed") : route.continue()),
  );
  await page.getByRole("button", { name: `Not interested in ${autoJudge}` }).click();
  await expect(list.getByRole("alert")).toHaveText("Couldn't hide that paper. Try again.");
  await expect(list.getByRole("heading", { name: autoJudge })).toBeVisible();
  expect(await db.hiddenPaper.count({ where: { userId: user.id } })).toBe(0);
});

test("For you points people who follow nothing to the topic picker", async ({ page, login }) => {
  await login();
  await page.goto("/for-you");
  await expect(page.getByRole("heading", { name: "Follow a few topics to fill this page" })).toBeVisible();
  await page.getByRole("link", { name: "Pick topics to follow" }).click();
  await expect(page).toHaveURL("/topics");
});

test("For you brings the reader's votes with its list, asking /api/me nothing", async ({ page, login, db }) => {
  const user = await login();
  const speculative = await db.topic.findUniqueOrThrow({ where: { slug: "speculative-decoding" } });
  await db.topicFollow.create({ data: { userId: user.id, topicId: speculative.id } });
  const autoJudge = await db.paper.findFirstOrThrow({ where: { title: { startsWith: "AutoJudge:" } } });
  await db.upvote.create({ data: { userId: user.id, paperId: autoJudge.id } });
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/me") asked.push(request.url());
  });

  try {
    await page.goto("/for-you");
    await expect(page.getByRole("button", { name: `Upvote ${autoJudge.title}` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.getByRole("link", { name: "For you" })).toBeVisible();
    expect(asked).toEqual([]);
  } finally {
    // A sample paper: the vote would reorder the trending list other tests read.
    await db.upvote.delete({ where: { userId_paperId: { userId: user.id, paperId: autoJudge.id } } });
  }
});

test("For you sends a reader whose session is gone to sign in", async ({ page }) => {
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: HTTP_SESSION_COOKIE, value: "0".repeat(64), url: origin }]);
  await page.goto("/for-you");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Ffor-you");
});
