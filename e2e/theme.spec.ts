// The theme switch: system / light / dark, kept in localStorage, applied before the first paint, shared
// by open tabs, following the operating system live on "system".
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { isDark } from "./theme-modes";

const themeSelect = (page: Page) => page.getByRole("combobox", { name: "Theme" });

test("a chosen theme holds across pages and reloads, painted from the first frame, without React warnings", async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (["error", "warning"].includes(message.type())) warnings.push(message.text());
  });
  // Records how <html> looked when <main> first arrived: a page painted before the theme would show it here.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector("main")) return;
      (window as unknown as { themeAtMain: string }).themeAtMain = document.documentElement.dataset.theme ?? "none";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/topics");
  await expect(themeSelect(page)).toHaveValue("system");
  await expect(themeSelect(page)).toBeEnabled();
  expect(await isDark(page)).toBe(false);

  await themeSelect(page).selectOption("dark");
  await expect.poll(() => isDark(page)).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");

  await page.goto("/search?q=quantization");
  expect(await page.evaluate(() => (window as unknown as { themeAtMain: string }).themeAtMain)).toBe("dark");
  expect(await isDark(page)).toBe(true);
  await expect(themeSelect(page)).toHaveValue("dark");
  // The browser's own chrome follows too.
  const themeColors = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) =>
      metas
        .filter((m) => matchMedia((m as HTMLMetaElement).media || "all").matches)
        .map((m) => (m as HTMLMetaElement).content),
    );
  expect(themeColors).toEqual(["#09090b"]);

  await themeSelect(page).selectOption("light");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  expect(await isDark(page)).toBe(false);
  expect(warnings.filter((text) => /hydrat|did not match|attribute/i.test(text))).toEqual([]);
});

test("on System the page follows the operating system live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(themeSelect(page)).toHaveValue("system");
  expect(await isDark(page)).toBe(false);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => isDark(page)).toBe(true);
});

test("a choice made in one tab applies at once in the others", async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/topics");
    await expect(themeSelect(page)).toBeEnabled();
  }
  await themeSelect(first).selectOption("dark");
  await expect.poll(() => isDark(second)).toBe(true);
  await expect(themeSelect(second)).toHaveValue("dark");

  await themeSelect(first).selectOption("system");
  await expect.poll(() => isDark(second)).toBe(false);
  await expect(themeSelect(second)).toHaveValue("system");
});

test("without JavaScript the system's preference applies", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark", baseURL });
  const page = await context.newPage();
  await page.goto("/topics");
  expect(await isDark(page)).toBe(true);
  await expect(themeSelect(page)).toBeHidden();
  await context.close();
});
