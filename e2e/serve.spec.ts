// `npm start`'s server (scripts/serve.mjs): several Next.js workers on one port and a digest worker. The
// other production tests already run against it; this one checks the process handling: a worker that dies
// is replaced while the others keep serving, and SIGTERM stops every worker and then the primary.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { freePort } from "@/lib/database/embedded";
import { expect, test } from "./fixtures";
import { exitOf, ok, ownDatabase, start, startOwnServer } from "./own-server";

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

test("a dead worker is replaced while the others serve, and SIGTERM stops them all", async () => {
  test.setTimeout(90_000);
  const { url, server } = await startOwnServer({ WEB_CONCURRENCY: "2", DIGEST_WORKERS: "1" });
  const exited = exitOf(server);
  // Its children: two Next.js workers and the digest worker (scripts/worker.ts).
  const webWorkers = () => childrenOf(server.pid!).filter((pid) => !isDigestWorker(pid));
  const digestWorkers = () => childrenOf(server.pid!).filter(isDigestWorker);
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
  test.setTimeout(150_000);
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
  // Generous: on a loaded 2-core CI run (the attack suite's bursts beside it) shutdown took over 20 s twice;
  // alone it takes a few. The test is that everything stops, not how fast.
  await expect
    .poll(() => started.filter((pid) => existsSync(`/proc/${pid}`) && !isZombie(pid)), { timeout: 60_000 })
    .toEqual([]);
});
