"use client";

import { useId, useSyncExternalStore } from "react";
import { controlClass } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import {
  applyThemeChoice,
  readThemeChoice,
  THEME_CHOICES,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from "@/lib/theme/theme";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

// `storage` fires for changes made in other tabs (THEME_SCRIPT re-applies them there); this tab's own
// change is announced by hand.
const LOCAL_CHANGE = "paperboy:theme";
function subscribe(onChange: () => void) {
  addEventListener("storage", onChange);
  addEventListener(LOCAL_CHANGE, onChange);
  return () => {
    removeEventListener("storage", onChange);
    removeEventListener(LOCAL_CHANGE, onChange);
  };
}

function choose(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked (some private modes): the choice still holds for this page.
  }
  applyThemeChoice(choice);
  dispatchEvent(new Event(LOCAL_CHANGE));
}

/**
 * System / light / dark. The server renders "system" for everyone (pages are cached for all); the stored
 * choice shows once hydrated. Without JavaScript it stays disabled and the system's preference applies.
 */
export function ThemeSwitch() {
  const id = useId();
  const hydrated = useHydrated();
  const choice = useSyncExternalStore(subscribe, readThemeChoice, () => "system" as const);
  return (
    <div className="inline-flex items-center gap-2 text-xs">
      <label htmlFor={id} className="text-muted">
        Theme
      </label>
      <select
        id={id}
        value={choice}
        disabled={!hydrated}
        onChange={(event) => choose(THEME_CHOICES.find((c) => c === event.target.value) ?? "system")}
        className={`${controlClass} w-auto py-1 text-xs text-zinc-900 dark:text-zinc-100`}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
