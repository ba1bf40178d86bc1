// The reader's colour theme. It lives in localStorage, not a cookie: public pages are rendered once for
// everyone (ADR 005), so the server never knows it. THEME_SCRIPT applies it before the first paint.

export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = "theme";

/** The stored choice; anything else (nothing stored, storage blocked, a value from elsewhere) is "system". */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return THEME_CHOICES.find((choice) => choice === stored) ?? "system";
  } catch {
    return "system";
  }
}

/**
 * Puts a choice on <html>: `data-theme` for an explicit one (globals.css's `dark` variant and color-scheme
 * follow it), none for "system", where the prefers-color-scheme media queries decide, live. The browser's
 * theme-color metas (media queries in app/layout.tsx's viewport) are pinned to the explicit choice.
 * Self-contained: THEME_SCRIPT inlines its source.
 */
export function applyThemeChoice(choice: string) {
  const root = document.documentElement;
  const explicit = choice === "light" || choice === "dark";
  if (explicit) root.dataset.theme = choice;
  else delete root.dataset.theme;
  document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
    const media = meta.dataset.media ?? meta.media;
    meta.dataset.media = media;
    meta.media = explicit ? (media.includes(choice) ? "all" : "not all") : media;
  });
}

/**
 * Runs blocking at the top of <body>, before anything is painted: applies the stored choice, and follows
 * changes made in other tabs (the `storage` event) even before React has hydrated. A constant string, the
 * same on every page, so a hash-based CSP could allow it.
 */
export const THEME_SCRIPT = `(function(){var apply=${applyThemeChoice.toString()};var read=function(){try{return localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})||""}catch(e){return ""}};apply(read());addEventListener("storage",function(e){if(e.key===null||e.key===${JSON.stringify(THEME_STORAGE_KEY)})apply(read())})})()`;
