// GET /api/me through the production server: the personal half of a cached page is never cached itself,
// the browser's session cookie is kept as long as the session it names, and an answer never undoes a write.
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { expect, test } from "./fixtures";

test("/api/me answers each reader for themselves, never from a cache", async ({ page, login, db, context }) => {
  const anonymous = await page.request.get("/api/me");
  expect(anonymous.status()).toBe(200);
  expect(anonymous.headers()["cache-control"]).toBe("private, no-store");
  expect(await anonymous.json()).toEqual({ viewer: null });

  const reader = await login({ name: "Ann" });
  const signedIn = await page.request.get("/api/me");
  expect(signedIn.headers()["cache-control"]).toBe("private, no-store");
  expect(await signedIn.json()).toMatchObject({ viewer: { name: "Ann", email: reader.email } });

  // The fixture's session ends in a day: this first read of the day slid it, and the cookie with it.
  const row = await db.session.findUniqueOrThrow({ where: { sessionToken: reader.sessionToken } });
  expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
  const [cookie] = (await context.cookies()).filter((c) => c.name === HTTP_SESSION_COOKIE);
  expect(cookie?.value).toBe(reader.sessionToken);
  expect(Math.abs(cookie!.expires * 1000 - row.expires.getTime())).toBeLessThan(1000);

  await db.session.delete({ where: { sessionToken: reader.sessionToken } });
  expect(await (await page.request.get("/api/me")).json()).toEqual({ viewer: null });
  expect((await context.cookies()).some((c) => c.name === HTTP_SESSION_COOKIE)).toBe(false);
});

test("/api/me refuses ids that name nothing with a message", async ({ page }) => {
  const response = await page.request.get("/api/me?papers=..%2F..%2Fetc");
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: "papers: item 1: Not a paper id" });
});

test("an /api/me answer read before a follow does not undo it", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/topics");
  const card = page.getByRole("list", { name: "Topics" }).getByRole("article").filter({ hasText: "Long context" });
  await expect(card.getByRole("button", { name: "Follow Long context" })).toHaveAttribute("aria-pressed", "false");

  // The topic page asks /api/me for its papers; the server answers before the follow below, and that answer
  // (not following) reaches the browser only after it.
  let answered!: () => void;
  const serverAnswered = new Promise<void>((resolve) => (answered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/api/me",
    async (route) => {
      const response = await route.fetch();
      answered();
      await released;
      await route.fulfill({ response });
    },
  );
  await card.getByRole("link", { name: "Long context" }).click();
  await expect(page.getByRole("heading", { name: "Long context", level: 1 })).toBeVisible();
  await serverAnswered;

  // The follow state is known from the topics page, so the button works while the answer is out.
  const follow = page.getByRole("main").getByRole("button", { name: "Follow Long context" }).first();
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.topicFollow.count({ where: { userId: user.id } })).toBe(1);

  const delivered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/me");
  release();
  await delivered;
  // The answer is applied as soon as its body is read; the follow must still be there a second later.
  for (let i = 0; i < 10; i++) {
    await expect(follow).toHaveAttribute("aria-pressed", "true", { timeout: 100 });
    await page.waitForTimeout(100);
  }
  expect(await db.topicFollow.count({ where: { userId: user.id } })).toBe(1);
  await page.unrouteAll({ behavior: "wait" });
});
