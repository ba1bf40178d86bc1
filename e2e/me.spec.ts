// GET /api/me through the production server: the personal half of a cached page is never cached itself,
// and the browser's session cookie is kept as long as the session it names.
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
  const [cookie] = (await context.cookies()).filter((c) => c.name === "authjs.session-token");
  expect(cookie?.value).toBe(reader.sessionToken);
  expect(Math.abs(cookie!.expires * 1000 - row.expires.getTime())).toBeLessThan(1000);

  await db.session.delete({ where: { sessionToken: reader.sessionToken } });
  expect(await (await page.request.get("/api/me")).json()).toEqual({ viewer: null });
  expect((await context.cookies()).some((c) => c.name === "authjs.session-token")).toBe(false);
});

test("/api/me refuses ids that name nothing with a message", async ({ page }) => {
  const response = await page.request.get("/api/me?papers=..%2F..%2Fetc");
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: "papers: item 1: Not a paper id" });
});
