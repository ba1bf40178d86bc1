// Servers a test starts for itself (`npm start`'s scripts/serve.mjs with settings of its own), each on a
// free port with a migrated database of its own, so neither its rate limits nor its digest worker see
// what the shared e2e server's tests do. Whatever a test leaves running is killed after it, and its
// databases are dropped.
import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "@/lib/database/embedded";
import { prepareDatabase } from "@/lib/database/prepare";
import { PROJECT_DIR, provisionTestDatabase } from "@/lib/database/provision";
import { expect, test } from "./fixtures";

const groups: number[] = [];
const databases: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  for (const pgid of groups.splice(0)) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // the group is gone already, as it should be
    }
  }
  for (const release of databases.splice(0)) await release();
});

/** A migrated database for this test alone, dropped after it: empty, or with the sample papers (`seed`). */
export async function ownDatabase({ seed = false } = {}) {
  const database = await provisionTestDatabase();
  databases.push(database.release);
  await prepareDatabase(database.url, { seedIfEmpty: seed });
  return database.url;
}

/** Starts a command in a process group of its own, killed after the test whatever happens. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: PROJECT_DIR, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  if (child.pid !== undefined) groups.push(child.pid);
  return child;
}

/** The status of one page from `base`, or 0 when there is no answer within 5 s (a request must never hang a poll). */
export const ok = async (base: string) =>
  (await fetch(`${base}/about/ranking`, { signal: AbortSignal.timeout(5000) }).catch(() => null))?.status ?? 0;

export const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

/**
 * `npm start`'s server with one web worker, no digest worker and mail to the e2e sink, on a database of its
 * own (with the sample papers when `seed`); `env` adds to or overrides that. Resolves once it serves pages.
 */
export async function startOwnServer(env: Record<string, string | undefined> = {}, { seed = false } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: await ownDatabase({ seed }),
    APP_URL: url,
    SMTP_URL: process.env.E2E_SMTP_URL,
    WEB_CONCURRENCY: "1",
    DIGEST_WORKERS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  });
  await expect.poll(() => ok(url), { timeout: 60_000 }).toBe(200);
  return { url, server };
}
