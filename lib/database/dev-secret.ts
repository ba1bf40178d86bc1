// Auth.js refuses to run without AUTH_SECRET. `npm run dev` makes one on first use and keeps it next to
// the development database (.data/auth-secret), so magic links and sessions survive a restart.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_DIR } from "@/lib/database/provision";

export async function developmentAuthSecret() {
  const file = path.join(PROJECT_DIR, ".data", "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
