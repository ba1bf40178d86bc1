// Writes benchmark figures where people look for them: one section of BENCHMARKS.md per benchmark
// (replaced in place on each run, so the file keeps every benchmark's latest figures) and the raw
// numbers as .tmp/bench/<name>.json for scripts.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { PROJECT_DIR } from "@/lib/database/provision";

const BENCHMARKS = path.join(PROJECT_DIR, "BENCHMARKS.md");
const PREAMBLE = `# Benchmarks

\`npm run bench\` runs every benchmark — \`ingest\`, \`trending\`, \`home-static\`, \`paper-page\`, \`personal\`, \`for-you-view\`,
\`search\`, \`search-burst\`, \`upvotes\` and \`digest\` — and rewrites its section below with the figures it measured (the raw
numbers also go to \`.tmp/bench/<name>.json\`). It is not part of \`npm test\`: it takes about fifteen minutes on 2 cores and
the figures depend on the machine. Flags: \`--papers <n>\` (default 100000: ingest entries and corpus papers), \`--users <n>\`
(10000), \`--votes <n>\` (1000000), \`--batch-size <n>\`, \`--seed <n>\`, \`--seconds <n>\` (20: each measured run of issue 11's
steps), \`--for-you server|shell\` (which For-you design a view is, below), \`--only <name>[,<name>…]\`. To hold a bigger
machine to a 2-core goal, pin it: \`taskset -c 0,1 npm run bench\`. To check that the steps work rather than to measure,
use a small corpus and short runs: \`npm run bench -- --papers 5000 --users 500 --votes 20000 --seconds 5 --only home-static,paper-page,personal,for-you-view,search\`
(about five minutes, figures meaningless).

Every step but ingest shares one corpus, built once per run in a fresh database (the embedded server, or a new database
on \`DATABASE_URL\`'s server) and dropped at the end. The steps over HTTP load the production build as \`npm start\` serves
it (\`scripts/serve.mjs\`, one Next.js worker per core): the existing \`.next\` build when there is one (\`.next/BUILD_ID\`),
else \`next build\` runs first — so after changing app code, run \`npm run build\` before \`npm run bench\`. The upvotes step
also drives Chromium (\`$CHROMIUM_PATH\`, else \`/usr/bin/chromium\`, else Playwright's own) to learn how the browser calls
the upvote action. That server mails a counting SMTP sink the bench runs in a child process
(\`scripts/bench/counting-sink.ts\`).
`;

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews the figures. */
  loadAtStart: number;
};

const loadAtStart = os.loadavg()[0] ?? 0;

/** The cores this process may run on (taskset narrows it), not merely the cores the machine has. */
function usableCores() {
  try {
    const mask = execFileSync("taskset", ["-p", String(process.pid)], { encoding: "utf8" })
      .trim()
      .split(" ")
      .at(-1);
    const bits = BigInt(`0x${mask}`).toString(2).replaceAll("0", "").length;
    if (bits > 0) return Math.min(bits, os.cpus().length);
  } catch {
    // No taskset (macOS, Windows): every core counts.
  }
  return os.availableParallelism();
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: usableCores(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 10),
    loadAtStart: Math.round(loadAtStart * 100) / 100,
  };
}

/** Replaces the `## <heading prefix>…` section of BENCHMARKS.md, or appends it. */
export async function writeSection(headingPrefix: string, section: string) {
  const current = existsSync(BENCHMARKS) ? await readFile(BENCHMARKS, "utf8") : PREAMBLE;
  const sections = current.split(/^(?=## )/m).map((part) => part.trim());
  const index = sections.findIndex((part) => part.startsWith(`## ${headingPrefix}`));
  if (index === -1) sections.push(section.trim());
  else sections[index] = section.trim();
  // Formatted as `npm test`'s Prettier check expects, so a fresh run never fails it.
  const options = { ...(await resolveConfig(BENCHMARKS)), filepath: BENCHMARKS };
  await writeFile(BENCHMARKS, await format(`${sections.join("\n\n")}\n`, options));
}

export async function writeJson(file: string, data: unknown) {
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}
