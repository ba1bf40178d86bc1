// The dev/start wrapper's promises: it serves with a ready database, stops the embedded server it
// started, reuses the data next time, recovers from a hard kill, and leaves DATABASE_URL servers alone.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRunning } from "@/lib/database/embedded";
import { pgQuery } from "@/lib/database/pg";
import { PROJECT_DIR } from "@/lib/database/provision";

let scratch: string;
let dataDir: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "paperboy-wrapper-"));
  await chmod(scratch, 0o755);
  dataDir = path.join(scratch, "postgres");
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

// Stands in for `next dev`: prints the database it was given, then waits to be stopped.
const APP = `console.log("URL=" + process.env.DATABASE_URL); setInterval(() => {}, 1000)`;

function startWrapper(env: Record<string, string | undefined>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn("npx", ["--no-install", "tsx", "scripts/run-with-db.ts", "--", "node", "-e", APP], {
    cwd: PROJECT_DIR,
    env: { ...inherited, PAPERBOY_DATA_DIR: dataDir, AUTH_SECRET: "a-test-secret-of-at-least-32-characters", ...env },
    detached: true, // its own process group, like a terminal's foreground job
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /URL=(\S+)/.exec(output);
      if (match || child.exitCode !== null) clearInterval(timer);
      if (match) resolve(match[1]!);
      else if (child.exitCode !== null) reject(new Error(`wrapper exited early:\n${output}`));
    }, 100);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, url, exited, output: () => output };
}

/** Ctrl-C in a terminal: SIGINT to every process in the foreground group. */
function interrupt(child: ChildProcess) {
  process.kill(-child.pid!, "SIGINT");
}

const query = pgQuery;

function serverPid() {
  const pidFile = path.join(dataDir, "postmaster.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
}

describe("npm run dev's database wrapper", () => {
  it("starts a migrated, seeded embedded database and stops it on Ctrl-C", async () => {
    const run = startWrapper({});
    const url = await run.url;
    expect(await query(url, "SELECT count(*)::int AS n FROM papers")).toEqual([{ n: 50 }]);
    await query(
      url,
      `INSERT INTO papers (id, title, abstract, updated_at) VALUES ('keptkeptkept', 'Kept', 'x', now())`,
    );
    const pid = serverPid()!;
    expect(isRunning(pid)).toBe(true);

    interrupt(run.child);
    await run.exited;
    expect(isRunning(pid)).toBe(false);
    expect(serverPid()).toBeUndefined();
    expect(run.output()).toContain("stopping the embedded PostgreSQL");
  });

  it("reuses the data on the next start", async () => {
    const run = startWrapper({});
    const url = await run.url;
    expect(await query(url, "SELECT title FROM papers WHERE id = 'keptkeptkept'")).toEqual([{ title: "Kept" }]);
    expect(await query(url, "SELECT count(*)::int AS n FROM papers")).toEqual([{ n: 51 }]);
    interrupt(run.child);
    await run.exited;
  });

  it("lets other scripts use the running dev server without stopping it", async () => {
    const run = startWrapper({});
    const url = await run.url;
    const pid = serverPid()!;
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const migrate = spawnSync("npx", ["--no-install", "tsx", "scripts/db-migrate.ts"], {
      cwd: PROJECT_DIR,
      env: { ...inherited, PAPERBOY_DATA_DIR: dataDir },
      encoding: "utf8",
    });
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain("No pending migrations.");
    expect(serverPid()).toBe(pid);
    expect(await query(url, "SELECT count(*)::int AS n FROM papers")).toEqual([{ n: 51 }]);
    interrupt(run.child);
    await run.exited;
  });

  it("recovers when a hard-killed run left its PostgreSQL behind", async () => {
    const first = startWrapper({});
    await first.url;
    const orphan = serverPid()!;
    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    expect(isRunning(orphan)).toBe(true);

    const second = startWrapper({});
    const url = await second.url;
    expect(isRunning(orphan)).toBe(false);
    expect(await query(url, "SELECT count(*)::int AS n FROM papers")).toEqual([{ n: 51 }]);
    interrupt(second.child);
    await second.exited;
    expect(serverPid()).toBeUndefined();
  });

  it("refuses to start a production server without AUTH_SECRET", async () => {
    const run = startWrapper({ AUTH_SECRET: "" });
    await expect(run.url).rejects.toThrow(/AUTH_SECRET is not set/);
    expect(await run.exited).toBe(1);
    expect(serverPid()).toBeUndefined(); // it checked before starting any database
  });

  it("uses DATABASE_URL's server instead when it is set", async () => {
    const given = process.env.DATABASE_URL!;
    const run = startWrapper({ DATABASE_URL: given, PAPERBOY_DATA_DIR: path.join(scratch, "unused") });
    expect(await run.url).toBe(given);
    interrupt(run.child);
    await run.exited;
    expect(existsSync(path.join(scratch, "unused"))).toBe(false);
    expect(run.output()).not.toContain("embedded PostgreSQL");
  });
});
