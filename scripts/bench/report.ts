// Where a step's figures go: the whole result as .tmp/bench/<step>.json, and one generated table in
// BENCHMARKS.md between `<!-- bench:<step> -->` and `<!-- /bench:<step> -->`, so a run rewrites only its
// own tables. What a step measures, plans and causes are prose written by hand around the markers.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { PROJECT_DIR } from "@/lib/database/provision";

const BENCHMARKS = path.join(PROJECT_DIR, "BENCHMARKS.md");
export const BENCH_DIR = path.join(PROJECT_DIR, ".tmp", "bench");
/** Issue 11's goals are stated for this many cores. */
const GOAL_CORES = 2;

export const n = (value: number) => Math.round(value).toLocaleString("en-US");
export const cores = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
export const pct = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)}%`;

/** One goal of a step: what it asks, what this run measured, and whether that meets it. */
export type GoalCheck = { goal: string; measured: string; met: boolean };
/** A step's table and goals; `problem` (an endpoint absent, failed requests) overrides every verdict. */
export type Report = { header: string[]; rows: string[][]; goals: GoalCheck[]; problem?: string; notes?: string[] };

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

export function machine() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: usableCores(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 10),
    /** Other work on the machine skews the figures. */
    loadAtStart: Math.round(loadAtStart * 100) / 100,
  };
}
type Machine = ReturnType<typeof machine>;

const goalMet = (report: Report) => !report.problem && report.goals.every((check) => check.met);

function verdict({ met }: GoalCheck, report: Report, host: Machine) {
  if (report.problem) return `**${report.problem}**`;
  if (host.cores > GOAL_CORES) return `${met ? "met" : "missed"} on ${host.cores} cores (pin with \`taskset -c 0,1\`)`;
  return met ? "**met**" : "**missed**";
}

/** What the runner logs as a step ends. */
export const goalLines = (report: Report) =>
  report.goals.map((check) => `${check.goal}: ${check.measured} — ${report.problem ?? (check.met ? "met" : "missed")}`);

function block(step: string, report: Report, host: Machine, scale: string) {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const goals = report.goals.map((check) => `- ${check.goal}: **${check.measured}** — ${verdict(check, report, host)}`);
  const busy = host.loadAtStart > host.cores / 2 ? " (a busy machine: pessimistic figures)" : "";
  return [
    `<!-- bench:${step} -->`,
    ...goals,
    "",
    line(report.header),
    line(report.header.map(() => "---")),
    ...report.rows.map(line),
    "",
    [
      ...(report.notes ?? []),
      `Measured ${host.date}, ${scale}; ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, ${host.os}, Node ${host.node};`,
      `1-minute load ${host.loadAtStart} at the start${busy}.`,
    ].join(" "),
    `<!-- /bench:${step} -->`,
  ].join("\n");
}

/** Writes the step's JSON and replaces its table in BENCHMARKS.md (appended under a heading if new). */
export async function publish(step: string, report: Report, scale: string, result: object) {
  const host = machine();
  const json = { ...result, goals: report.goals, problem: report.problem, goalMet: goalMet(report), machine: host };
  await writeFile(path.join(BENCH_DIR, `${step}.json`), `${JSON.stringify(json, null, 2)}\n`);
  const current = await readFile(BENCHMARKS, "utf8");
  const marked = new RegExp(`<!-- bench:${step} -->[\\s\\S]*?<!-- /bench:${step} -->`);
  const table = block(step, report, host, scale);
  const next = marked.test(current) ? current.replace(marked, () => table) : `${current}\n## ${step}\n\n${table}\n`;
  // Formatted as `npm test`'s Prettier check expects, so a fresh run never fails it.
  const options = { ...(await resolveConfig(BENCHMARKS)), filepath: BENCHMARKS };
  await writeFile(BENCHMARKS, await format(next, options));
}
