// Which Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own download (undefined lets Playwright pick it).
import { existsSync } from "node:fs";

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((file): file is string => !!file && existsSync(file));
}
