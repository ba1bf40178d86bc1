// Everything the browser tests run against, started once and stopped afterwards:
// - a fresh database (migrated, sample papers seeded), its URL left in DATABASE_URL for fixtures;
// - an SMTP sink writing what it receives to E2E_MAIL_DIR (e2e/mailbox.ts reads it);
// - the production build as `npm start` serves it (scripts/serve.mjs: clustered Next.js workers), sending
//   mail through SMTP_URL to that sink, with CRON_SECRET (left in the environment for the cron tests);
// - a development server (`next dev`, no SMTP_URL) for the dev-mailbox tests, which only exist there.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { prepareDatabase } from "@/lib/database/prepare";
import { PROJECT_DIR, provisionTestDatabase } from "@/lib/database/provision";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

export default async function globalSetup(config: FullConfig) {
  if (!existsSync(path.join(PROJECT_DIR, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (npm test does this for you).");
  }
  const urlOf = (name: string) => {
    const url = config.projects.find((p) => p.name === name)?.use.baseURL;
    if (!url) throw new Error(`playwright.config.ts must give project ${name} a baseURL`);
    return url;
  };

  const database = await provisionTestDatabase();
  await prepareDatabase(database.url);
  const mailDir = path.join(PROJECT_DIR, ".tmp", `e2e-mail-${process.pid}`);
  const sink = await startSmtpSink({ dir: mailDir });
  const smtpUrl = sink.url;
  Object.assign(process.env, { DATABASE_URL: database.url, E2E_MAIL_DIR: mailDir, E2E_SMTP_URL: smtpUrl });
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
  process.env.CRON_SECRET = randomBytes(24).toString("base64url");

  const servers = [
    // No digest worker of its own: the digest tests run the cron route and their own workers.
    startServer("start", urlOf("production"), { SMTP_URL: smtpUrl, DIGEST_WORKERS: "0" }),
    startServer("dev", urlOf("development"), { SMTP_URL: "" }),
  ];
  const teardown = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
    await database.release();
    await rm(mailDir, { recursive: true, force: true });
  };
  try {
    await Promise.all(servers.map((s) => s.ready));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;

  function startServer(mode: "start" | "dev", baseURL: string, env: Record<string, string>) {
    const where = ["-p", new URL(baseURL).port, "-H", "127.0.0.1"];
    const [command, args] =
      mode === "start"
        ? [process.execPath, ["scripts/serve.mjs", ...where]]
        : ["npx", ["--no-install", "next", "dev", ...where]];
    const child = spawn(command, args, {
      cwd: PROJECT_DIR,
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: database.url,
        APP_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        // Every test signs in and searches from 127.0.0.1: per-IP and site-wide limits the suite cannot
        // reach (the limits' own tests in e2e/security/{net,load}.ts run servers with the real defaults).
        SIGN_IN_IP_LIMIT: "100000",
        SIGN_IN_HOURLY_LIMIT: "100000",
        SEARCH_IP_LIMIT: "100000",
        // Two workers even on a one-core runner: the tests then cross workers as real traffic does.
        ...(mode === "start" ? { WEB_CONCURRENCY: "2" } : {}),
      },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true, // its own process group, so stopping it stops Next's workers too
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    return {
      ready: waitUntilUp(baseURL, child),
      stop: async () => {
        signalGroup(child, "SIGTERM");
        await exited;
      },
    };
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited before it served a page`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within 120 s`);
}
