// Every page type through axe (WCAG 2.0/2.1 A and AA) in light and dark, chosen and from the system.
// Runs over whatever the pages show, so cards and pages that grow new parts are checked as they are.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { signInLink, waitForMessage } from "./mailbox";
import { THEME_MODES, showIn } from "./theme-modes";

const FAILING_IMPACTS = new Set(["serious", "critical"]);

// Each page is analysed four times.
test.describe.configure({ timeout: 180_000 });

/** Axe's serious and critical findings, one line each with what to fix and where. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ""))
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(" ")}: ${v.help}\n  ${node.failureSummary}`),
    );
}

/**
 * Checks the page the browser is on in every theme mode. `ready` waits for the parts that arrive after
 * the HTML (the reader's state from /api/me, lists loaded by the browser) so that axe sees them too.
 */
async function expectAccessible(page: Page, ready: (page: Page) => Promise<void> = async () => {}) {
  const found: string[] = [];
  for (const mode of THEME_MODES) {
    await showIn(page, mode);
    await personalStateShown(page);
    await ready(page);
    found.push(...(await violations(page)).map((line) => `[${mode.name}] ${line}`));
  }
  expect(found, found.join("\n")).toEqual([]);
}

/** The header's account part is filled in from /api/me, the last thing every page asks for after hydration. */
async function personalStateShown(page: Page) {
  const account = page.getByRole("banner").getByRole("link", { name: "Sign in" });
  await expect(account.or(page.getByLabel(/^Account menu/))).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Theme" })).toBeEnabled();
}

const listLoaded = async (page: Page) =>
  expect(page.getByRole("list", { name: "Papers" }).getByRole("article").first()).toBeVisible();

test.describe("public pages", () => {
  for (const [name, url] of [
    ["home, Trending", "/"],
    ["home, New", "/?view=new"],
    ["topics", "/topics"],
    ["search with results", "/search?q=quantization"],
    ["search without results", "/search?q=xylophonic+zebrafish"],
    ["sign-in", "/signin"],
    ["sign-in problem", "/auth/error?error=Verification"],
    ["incomplete sign-in link", "/auth/confirm"],
    ["404", "/no-such-page"],
  ] as const) {
    test(name, async ({ page }) => {
      await page.goto(url);
      await expectAccessible(page);
    });
  }

  test("paper", async ({ page, db }) => {
    const paper = await db.paper.findFirstOrThrow({ orderBy: { upvoteCount: "desc" } });
    await page.goto(`/papers/${paper.id}`);
    await expectAccessible(page);
  });

  test("topic", async ({ page }) => {
    await page.goto("/topics/quantization");
    await expectAccessible(page, listLoaded);
  });
});

test.describe("signed in", () => {
  test("For you, after its list loads", async ({ page, login, db }) => {
    const user = await login();
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "speculative-decoding" } });
    await db.topicFollow.create({ data: { userId: user.id, topicId: topic.id } });
    await page.goto("/for-you");
    await expectAccessible(page, listLoaded);
  });

  for (const url of ["/settings", "/settings/digest", "/welcome", "/"]) {
    test(`${url} (signed in)`, async ({ page, login }) => {
      await login({ name: "Ann" });
      await page.goto(url);
      await expectAccessible(page);
    });
  }

  test("check your inbox, then the confirm page of a real link", async ({ page }) => {
    await page.goto("/signin");
    const found: string[] = [];
    let email = "";
    // The confirmation replaces the form in place (a reload brings the form back): one request per mode.
    for (const mode of THEME_MODES) {
      await showIn(page, mode);
      email = uniqueEmail("axe");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("status")).toContainText("Check your inbox");
      found.push(...(await violations(page)).map((line) => `[${mode.name}] ${line}`));
    }
    expect(found, found.join("\n")).toEqual([]);

    await page.goto(signInLink(await waitForMessage(email)));
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
  });
});
