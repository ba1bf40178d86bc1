// Starts the production build against a fresh database for the browser tests, and stops both after.
// The database is migrated and seeded with the sample; its URL is left in DATABASE_URL for fixtures.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { prepareDatabase } from "@/lib/database/prepare";
import { PROJECT_DIR, provisionTestDatabase } from "@/lib/database/provision";

export default async function globalSetup(config: FullConfig) {
  if (!existsSync(path.join(PROJECT_DIR, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (npm test does this for you).");
  }
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts must set use.baseURL");
  const port = new URL(baseURL).port;

  const database = await provisionTestDatabase();
  await prepareDatabase(database.url);
  process.env.DATABASE_URL = database.url;

  const server = spawn("npx", ["--no-install", "next", "start", "-p", port, "-H", "127.0.0.1"], {
    cwd: PROJECT_DIR,
    env: { ...process.env, DATABASE_URL: database.url, APP_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));

  try {
    await waitUntilUp(baseURL, exited);
  } catch (error) {
    stop(server.pid);
    await database.release();
    throw error;
  }

  return async () => {
    stop(server.pid);
    await exited;
    await database.release();
  };
}

function stop(pid: number | undefined) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGTERM"); // the whole group: npx and the Next server under it
  } catch {
    // already gone
  }
}

async function waitUntilUp(url: string, exited: Promise<number | null>) {
  const deadline = Date.now() + 60_000;
  let serverGone = false;
  void exited.then(() => (serverGone = true));
  while (Date.now() < deadline) {
    if (serverGone) throw new Error("`next start` exited before it served a page; see its output above");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${url} within 60 s`);
}
