// The reader's colour theme. It lives in localStorage, not a cookie: public pages are rendered once for
// everyone (ADR 005), so the server never knows it. THEME_SCRIPT applies it before the first paint and runs
// the switch (components/theme-switch.tsx), which therefore ships no JavaScript of its own.

export const THEME_CHOICES = ["system", "light", "dark"] as const;

export const THEME_STORAGE_KEY = "theme";

/**
 * Inlined, as source, at the top of <body>. Puts the stored choice on <html> (`data-theme` for light or
 * dark, none for system, where the prefers-color-scheme media queries decide, live), pins the theme-color
 * metas to it, shows it in every theme switch, saves a switch's change, follows other tabs (`storage`),
 * and marks <html> `data-scripted` so the switch shows only where it works. Self-contained.
 */
function runTheme(key: string) {
  const root = document.documentElement;
  const read = () => {
    try {
      return localStorage.getItem(key) ?? "";
    } catch {
      return "";
    }
  };
  const apply = (choice: string) => {
    const explicit = choice === "light" || choice === "dark";
    if (explicit) root.dataset.theme = choice;
    else delete root.dataset.theme;
    document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
      const media = meta.dataset.media ?? meta.media;
      meta.dataset.media = media;
      meta.media = explicit ? (media.includes(choice) ? "all" : "not all") : media;
    });
    document.querySelectorAll<HTMLSelectElement>("select[data-theme-switch]").forEach((select) => {
      select.value = explicit ? choice : "system";
    });
  };
  root.dataset.scripted = "";
  apply(read());
  document.addEventListener("DOMContentLoaded", () => apply(read()));
  addEventListener("storage", (event) => {
    if (event.key === null || event.key === key) apply(read());
  });
  document.addEventListener("change", (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute("data-theme-switch")) return;
    try {
      if (select.value === "light" || select.value === "dark") localStorage.setItem(key, select.value);
      else localStorage.removeItem(key);
    } catch {
      // Storage blocked (some private modes): the choice still holds on this page.
    }
    apply(select.value);
  });
}

/** A constant string, the same on every page, so a hash-based CSP could allow it. */
export const THEME_SCRIPT = `(${runTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)})`;
