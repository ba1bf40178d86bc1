// `npm test`: every check, in order: types, lint, unit + integration tests (Vitest, real Postgres),
// the production build, and browser tests against it (Playwright, Chromium). Ends with one line,
// `tests: N passed, N failed`, counted over all suites; exits non-zero if anything failed.
// `--only e2e` runs just the build and the browser tests.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { freePort } from "@/lib/database/embedded";
import { PROJECT_DIR } from "@/lib/database/provision";

type Counts = { passed: number; failed: number };
type Step = { name: string; run: () => Promise<Counts> };

const REPORTS = path.join(PROJECT_DIR, ".tmp", "reports");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // Auth.js needs a secret at build and run time; tests use a throwaway one unless given their own.
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
};

function exec(command: string, args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: "inherit", env: { ...env, ...extraEnv } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

/** A step that is one check: it passes or fails as a whole. */
const check =
  (command: string, ...args: string[]) =>
  async () =>
    (await exec("npx", ["--no-install", command, ...args])) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

async function vitest(): Promise<Counts> {
  const report = path.join(REPORTS, "vitest.json");
  const code = await exec("npx", [
    "--no-install",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = await readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  if (!json) return { passed: 0, failed: 1 };
  // A crash outside any test (a failing setup file) still fails the suite.
  return { passed: json.numPassedTests, failed: json.numFailedTests || (code === 0 ? 0 : 1) };
}

async function playwright(): Promise<Counts> {
  const report = path.join(REPORTS, "playwright.json");
  const code = await exec("npx", ["--no-install", "playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    E2E_PORT: String(await freePort()),
    E2E_DEV_PORT: String(await freePort()),
  });
  const json = await readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  if (!json) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = json.stats;
  return { passed: expected, failed: unexpected + flaky || (code === 0 ? 0 : 1) };
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

const build = check("next", "build");
const steps: Step[] = [
  {
    name: "types",
    run: async () =>
      (await exec("npx", ["--no-install", "next", "typegen"])) === 0
        ? check("tsc", "--noEmit")()
        : { passed: 0, failed: 1 },
  },
  { name: "lint", run: check("eslint", ".", "--max-warnings=0") },
  { name: "formatting", run: check("prettier", "--check", ".") },
  { name: "unit + integration (vitest)", run: vitest },
  { name: "production build", run: build },
  { name: "browser (playwright)", run: playwright },
].filter((step) => only !== "e2e" || step.name === "production build" || step.name.startsWith("browser"));

await rm(REPORTS, { recursive: true, force: true });
await mkdir(REPORTS, { recursive: true });

const results: (Step & Counts)[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  // Browser tests need the build; without one they would only repeat its failure.
  if (step.name.startsWith("browser") && results.some((r) => r.run === build && r.failed > 0)) {
    results.push({ ...step, passed: 0, failed: 1 });
    console.log("skipped: the production build failed");
    continue;
  }
  results.push({ ...step, ...(await step.run()) });
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.failed ? "✗" : "✓"} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
