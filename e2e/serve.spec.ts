// `npm start`'s server (scripts/serve.mjs): several Next.js workers on one port and a digest worker. The
// other production tests already run against it; this one checks the process handling: a worker that dies
// is replaced while the others keep serving, and SIGTERM stops every worker and then the primary.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { freePort } from "@/lib/database/embedded";
import { prepareDatabase } from "@/lib/database/prepare";
import { PROJECT_DIR, provisionTestDatabase } from "@/lib/database/provision";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { expect, test, uniqueEmail } from "./fixtures";

/** The live descendants of `pid`, from /proc. */
const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);

/** The live child processes of `pid`, from /proc. */
function childrenOf(pid: number) {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
        const zombie = /^State:\s+Z/m.test(status);
        return parent === pid && !zombie ? [Number(entry)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

function isZombie(pid: number) {
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

/** Process groups this file started; whatever a test leaves (a timeout skips its finally) is killed after it. */
const groups: number[] = [];
test.afterEach(() => {
  for (const pgid of groups.splice(0)) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // the group is gone already, as it should be
    }
  }
});

/**
 * A migrated database of the test's own, for servers that run a digest worker: on the shared e2e database
 * it would send the digests other tests are setting up. Dropped after the test.
 */
async function ownDatabase() {
  const database = await provisionTestDatabase();
  databases.push(database.release);
  await prepareDatabase(database.url, { seedIfEmpty: false });
  return database.url;
}
const databases: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  for (const release of databases.splice(0)) await release();
});

/** Starts a command in a process group of its own, killed after the test whatever happens. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: PROJECT_DIR, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  if (child.pid !== undefined) groups.push(child.pid);
  return child;
}

/** The status of one page from `base`, or 0 when there is no answer within 5 s (a request must never hang a poll). */
const ok = async (base: string) =>
  (await fetch(`${base}/about/ranking`, { signal: AbortSignal.timeout(5000) }).catch(() => null))?.status ?? 0;

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

test("a dead worker is replaced while the others serve, and SIGTERM stops them all", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: await ownDatabase(),
    APP_URL: url,
    SMTP_URL: process.env.E2E_SMTP_URL,
    WEB_CONCURRENCY: "2",
    DIGEST_WORKERS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const exited = exitOf(server);
  // Its children: two Next.js workers and the digest worker (scripts/worker.ts).
  const webWorkers = () => childrenOf(server.pid!).filter((pid) => !isDigestWorker(pid));
  const digestWorkers = () => childrenOf(server.pid!).filter(isDigestWorker);
  await expect.poll(() => ok(url), { timeout: 60_000 }).toBe(200);
  await expect.poll(() => webWorkers().length).toBe(2);
  await expect.poll(() => digestWorkers().length).toBe(1);
  const [victim, survivor] = webWorkers();

  process.kill(victim!, "SIGKILL");
  // Pages keep coming (from the survivor) while the primary starts a replacement.
  await expect.poll(() => ok(url), { timeout: 30_000 }).toBe(200);
  await expect.poll(() => webWorkers().sort(), { timeout: 30_000 }).toEqual(expect.arrayContaining([survivor]));
  await expect.poll(() => webWorkers().filter((pid) => pid !== victim).length, { timeout: 30_000 }).toBe(2);
  expect(webWorkers()).not.toContain(victim);
  await expect.poll(() => ok(url), { timeout: 30_000 }).toBe(200);

  // The digest worker is replaced too.
  const [digest] = digestWorkers();
  process.kill(digest!, "SIGKILL");
  await expect.poll(() => digestWorkers().filter((pid) => pid !== digest).length, { timeout: 30_000 }).toBe(1);

  const children = childrenOf(server.pid!);
  server.kill("SIGTERM");
  expect(await exited).toBe(0);
  for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
});

function isDigestWorker(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("worker.ts");
  } catch {
    return false;
  }
}

test("npm start stops every process it started when only npm gets SIGTERM, as a process manager sends it", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // DATABASE_URL is set, so no embedded server: npm → tsx → run-with-db → serve.mjs.
  const npm = start("npm", ["start", "--", "-H", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: await ownDatabase(),
    PORT: String(port),
    APP_URL: url,
    SMTP_URL: process.env.E2E_SMTP_URL,
    WEB_CONCURRENCY: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const exited = exitOf(npm);
  await expect.poll(() => ok(url), { timeout: 60_000 }).toBe(200);
  const started = descendantsOf(npm.pid!);
  expect(started.length).toBeGreaterThanOrEqual(4); // tsx, run-with-db, the primary, its web and digest workers

  npm.kill("SIGTERM");
  await exited;
  await expect
    .poll(() => started.filter((pid) => existsSync(`/proc/${pid}`) && !isZombie(pid)), { timeout: 20_000 })
    .toEqual([]);
});

test("with no proxy in front, a forged X-Forwarded-For does not escape the per-IP sign-in limit", async ({
  browser,
}) => {
  // 21 sign-ins from fresh browser contexts, one after another: ~1 min on a quiet 2-core machine, and
  // twice that while the other test worker runs its own tests beside it.
  test.setTimeout(240_000);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    ...process.env,
    APP_URL: url,
    SMTP_URL: process.env.E2E_SMTP_URL,
    TRUSTED_PROXIES: "0", // clients connect straight to npm start: only the socket's peer counts
    WEB_CONCURRENCY: "1",
    DIGEST_WORKERS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const exited = exitOf(server);
  try {
    await expect.poll(() => ok(url), { timeout: 60_000 }).toBe(200);
    // Every attempt claims to come from somewhere else, and asks for a different address.
    const attempt = async (n: number) => {
      const context = await browser.newContext({
        baseURL: url,
        extraHTTPHeaders: { "x-forwarded-for": `10.9.${n}.1` },
      });
      const page = await context.newPage();
      await page.goto("/signin");
      await page.getByLabel("Email").fill(uniqueEmail(`forger${n}`));
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      const answer = page.getByRole("status").or(page.getByRole("main").getByRole("alert"));
      await expect(answer).toBeVisible();
      const text = await answer.textContent();
      await context.close();
      return text ?? "";
    };
    for (let n = 1; n <= SIGN_IN_LIMITS.perIp.limit; n++) expect(await attempt(n)).toContain("Check your inbox");
    expect(await attempt(SIGN_IN_LIMITS.perIp.limit + 1)).toContain("Too many sign-in emails");
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
});
