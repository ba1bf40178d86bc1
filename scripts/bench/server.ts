// The production server the HTTP benchmarks load: the project's build served as `npm start` serves it
// (scripts/serve.mjs: one Next.js worker per core) against the bench database, in its own process group
// so stopping it stops the workers too. Without a build
// (.next/BUILD_ID) it runs `next build` first; an existing build is used as it is, so after changing app
// code run `npm run build` before `npm run bench`.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/lib/database/embedded";
import { PROJECT_DIR } from "@/lib/database/provision";

export type AppServer = { url: string; processGroup: number; stop: () => Promise<void> };

const NEXT = path.join(PROJECT_DIR, "node_modules", "next", "dist", "bin", "next");
const SERVE = path.join(PROJECT_DIR, "scripts", "serve.mjs");

const runNext = (args: string[], env: NodeJS.ProcessEnv, stdout: "ignore" | "inherit") =>
  run([NEXT, ...args], env, stdout);
const runServer = (args: string[], env: NodeJS.ProcessEnv, stdout: "ignore" | "inherit") =>
  run([SERVE, ...args], env, stdout);

function run(args: string[], env: NodeJS.ProcessEnv, stdout: "ignore" | "inherit") {
  return spawn(process.execPath, args, {
    cwd: PROJECT_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", stdout, "inherit"],
    detached: true,
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

async function ensureBuild(log: (line: string) => void) {
  if (existsSync(path.join(PROJECT_DIR, ".next", "BUILD_ID"))) return;
  log("no production build (.next/BUILD_ID): running next build");
  const code = await exited(runNext(["build"], { NODE_ENV: "production" }, "inherit"));
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}

/** `env` adds to what every bench server gets (the digest step's SMTP_URL and CRON_SECRET). */
export async function startAppServer(
  databaseUrl: string,
  log: (line: string) => void,
  env: Record<string, string> = {},
): Promise<AppServer> {
  await ensureBuild(log);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = runServer(
    ["-p", String(port), "-H", "127.0.0.1"],
    {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      PORT: String(port),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      DIGEST_WORKERS: "0",
      // The load generator stands in for a proxy in front of many clients: each client address it sends in
      // X-Forwarded-For counts on its own, so the per-IP limits see a crowd, not one very busy client.
      TRUSTED_PROXY_CIDRS: "127.0.0.1/32",
      ...env,
    },
    "ignore",
  );
  const done = exited(child);
  const stop = async () => {
    try {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await done;
  };
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`scripts/serve.mjs is serving ${url} (process group ${child.pid})`);
  return { url, processGroup: child.pid!, stop };
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before serving ${url}`);
    try {
      if ((await fetch(`${url}/about/ranking`, { signal: AbortSignal.timeout(30_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within 120 s`);
}
