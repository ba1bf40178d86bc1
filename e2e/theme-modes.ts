// The four ways a page can be light or dark: a choice stored by the theme switch, or "system" following
// the operating system's preference (emulated).
import type { Page } from "@playwright/test";
import { THEME_STORAGE_KEY } from "@/lib/theme/theme";
import { expect } from "./fixtures";

export const THEME_MODES = [
  { name: "light (chosen)", stored: "light", system: "dark", dark: false },
  { name: "dark (chosen)", stored: "dark", system: "light", dark: true },
  { name: "light (system)", stored: null, system: "light", dark: false },
  { name: "dark (system)", stored: null, system: "dark", dark: true },
] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

/** Puts the page in `mode` and reloads it; checks the page really is light or dark before going on. */
export async function showIn(page: Page, mode: ThemeMode) {
  await page.emulateMedia({ colorScheme: mode.system });
  await page.evaluate(([key, stored]) => (stored ? localStorage.setItem(key, stored) : localStorage.removeItem(key)), [
    THEME_STORAGE_KEY,
    mode.stored,
  ] as const);
  await page.reload();
  await expect.poll(() => isDark(page)).toBe(mode.dark);
}

/** Whether the page is painted dark: its background, not an attribute that might be ignored. */
export async function isDark(page: Page) {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = background.match(/[\d.]+/g)?.map(Number) ?? [];
  return r + g + b < 3 * 128;
}
