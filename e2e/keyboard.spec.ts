// Keyboard-only paths: Tab, Shift+Tab, Enter and Space, never a click. After each action, focus is where a
// sighted keyboard user expects it, never dropped to <body>.
import type { Locator, Page } from "@playwright/test";
import { newPaperId } from "@/lib/papers/paper-id";
import { expect, test, uniqueEmail } from "./fixtures";
import { signInLink, waitForMessage } from "./mailbox";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a person would; fails if it never comes. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

const focusIsOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test("sign in: the header link, the email, the emailed link, the Sign in button", async ({ page }) => {
  const email = uniqueEmail("keys");
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await tabTo(page, page.getByRole("link", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/signin");

  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  const sent = page.getByRole("status").filter({ hasText: "Check your inbox" });
  await expect(sent).toBeVisible();
  // The form is gone; its confirmation takes the focus so the next Tab continues from there.
  await expect(sent).toBeFocused();

  await page.goto(signInLink(await waitForMessage(email)));
  await tabTo(page, page.getByRole("button", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/welcome/);
  await tabTo(page, page.getByRole("link", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "For you" })).toBeVisible();
});

test("follow a topic with Space; focus stays on the button", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/topics/speech");
  const button = page.getByRole("main").getByRole("button", { name: "Follow Speech & audio" });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await tabTo(page, button);
  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.topicFollow.count({ where: { userId: user.id } })).toBe(1);
  await expect(button).toBeFocused();
  expect(await focusIsOnBody(page)).toBe(false);
});

test("upvote a paper with Enter, reached going backwards from the footer", async ({ page, login, db }) => {
  const user = await login();
  const id = newPaperId();
  const title = `A Fictional Paper to Vote On by Keyboard ${id}`;
  await db.paper.create({ data: { id, title, abstract: "Nothing real.", publishedAt: new Date("2001-01-01") } });
  await page.goto(`/papers/${id}`);
  const button = page.getByRole("button", { name: `Upvote ${title}` });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("combobox", { name: "Theme" }).focus(); // the last control on the page
  await tabTo(page, button, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.upvote.count({ where: { userId: user.id, paperId: id } })).toBe(1);
  await expect(button).toBeFocused();
});

test("search: the box, Enter, a result, its paper", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search papers" });
  await tabTo(page, box);
  await page.keyboard.type("gradient projection");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=gradient\+projection$/);
  // The header's box keeps the focus across the navigation; the results come next in tab order.
  await expect(box).toBeFocused();
  const first = page
    .getByRole("list", { name: "Search results" })
    .getByRole("article")
    .first()
    .getByRole("link")
    .first();
  await tabTo(page, first);
  const title = (await first.textContent())!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/papers\/[0-9a-z]{12}$/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
});

test("focused links and buttons show a visible outline", async ({ page }) => {
  await page.goto("/signin");
  for (const target of [
    page.getByRole("link", { name: "Skip to content" }),
    page.getByRole("link", { name: "Paperboy" }),
    page.getByRole("button", { name: "Email me a sign-in link" }),
  ]) {
    await tabTo(page, target);
    const outline = await target.evaluate((el) => {
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.width).toBeGreaterThan(0);
    expect(outline.style).not.toBe("none");
  }
});

test("with reduced motion, nothing animates or transitions", async ({ page, login }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const card = page.getByRole("list", { name: "Papers" }).getByRole("article").first();
  await card.hover();
  const durations = (locator: Locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.transitionDuration, style.animationDuration];
    });
  expect(await durations(card)).toEqual(["0s", "0s"]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  // The loading skeleton's pulse, as For you shows it until its list arrives: held back here until read (a
  // search's skeleton shows only if the results page's loading state was prefetched in time, so it may not).
  await login();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/for-you/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/for-you");
  const pulse = page.locator(".animate-pulse").first();
  await expect(pulse).toBeAttached();
  expect(await durations(pulse)).toEqual(["0s", "0s"]);
  release();
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
});
