import { controlClass } from "@/components/ui/field";
import { THEME_CHOICES } from "@/lib/theme/theme";

const LABELS: Record<(typeof THEME_CHOICES)[number], string> = { system: "System", light: "Light", dark: "Dark" };

/**
 * System / light / dark, the same HTML for everyone (pages are cached for all). THEME_SCRIPT (lib/theme)
 * shows the stored choice in it and saves changes; React leaves its value alone (no value prop). Hidden
 * without JavaScript, where the system's preference applies (globals.css).
 */
export function ThemeSwitch() {
  return (
    <div className="theme-switch inline-flex items-center gap-2 text-xs">
      <label htmlFor="theme-switch" className="text-muted">
        Theme
      </label>
      <select
        id="theme-switch"
        data-theme-switch=""
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
