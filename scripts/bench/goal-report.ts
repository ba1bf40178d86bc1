// The BENCHMARKS.md section of each of issue 11's steps, one compact table each: the goal and whether
// this run met it, then per run its rate, latency, failures, where the CPU went, and what one request
// (or view) still costs each process — CPU seconds over requests, the figure to shrink when a goal is
// missed. The same lines go to the log.
import type { Corpus } from "./context";
import { costPer } from "./cpu";
import type { LoadResult } from "./load";
import type { Machine } from "./report";
import { ms, msOrNa } from "./stats";
import { cores, machineLine, n, sizeTitle, verdict } from "./trending-report";
import type { RequestTally } from "./view-load";

export type GoalCheck = { goal: string; measured: string; met: boolean };
export type GoalRun = { name: string; run: LoadResult; parts?: RequestTally[] };
export type GoalStep = {
  /** The heading up to the corpus size, e.g. "Home, signed out:" (the section's key in BENCHMARKS.md). */
  prefix: string;
  /** What the rate and the cost are per: "page", "view", "search", "request"… */
  unit: string;
  /** Its plural, for the rate. */
  units: string;
  goals: GoalCheck[];
  /** Paths that answered 404: not built yet, so no verdict. */
  absent: string[];
  runs: GoalRun[];
  about: string;
};

const rate = (perSecond: number) => (perSecond < 10 ? perSecond.toFixed(1) : n(perSecond));
const failed = (run: { non2xx: number; errors: number; mismatches: number }) =>
  n(run.non2xx + run.errors + run.mismatches);

function cpuCells(run: LoadResult) {
  const { cpu } = run;
  const cost = costPer(cpu, run.perSecond);
  return `${cores(cpu.node)} / ${cores(cpu.postgres)} / ${cores(cpu.harness)} / ${cores(cpu.other)} | ${msOrNa(cost.node)} / ${msOrNa(cost.postgres)} / ${msOrNa(cost.harness)}`;
}

const statuses = (codes: Record<string, number>) =>
  Object.entries(codes)
    .map(([code, count]) => `${code}: ${n(count)}`)
    .join(", ");

function rows({ name, run, parts = [] }: GoalRun) {
  const main = `| ${name} | ${rate(run.perSecond)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${failed(run)} | ${cpuCells(run)} |`;
  const each = parts.map(
    (part) =>
      `| ↳ \`${part.path}\` (${statuses(part.statusCodes)}) | ${rate(part.requests / run.seconds)} | ${ms(part.p50)} | ${ms(part.p95)} | – | – | – | – |`,
  );
  return [main, ...each].join("\n");
}

/** Failed requests or views over every run: a fast error page must not pass for a fast page. */
const failures = (step: GoalStep) =>
  step.runs.reduce((sum, { run }) => sum + run.non2xx + run.errors + run.mismatches, 0);

function verdictOf(step: GoalStep, check: GoalCheck, host: Machine) {
  if (step.absent.length)
    return `**endpoint absent** (${step.absent.map((path) => `\`${path}\``).join(", ")} answered 404)`;
  if (failures(step)) return `**missed**: ${n(failures(step))} ${step.unit}s failed`;
  return verdict(check.met, host);
}

export function goalMet(step: GoalStep) {
  return step.absent.length === 0 && failures(step) === 0 && step.goals.every((check) => check.met);
}

export function goalSection(step: GoalStep, corpus: Corpus, host: Machine) {
  const goals = step.goals
    .map((check) => `- ${check.goal}: **${check.measured}** — ${verdictOf(step, check, host)}`)
    .join("\n");
  const markdown = `## ${step.prefix} ${sizeTitle(corpus)}

${goals}

| run | ${step.units}/s | p50 ms | p95 ms | p99 ms | failed | CPU cores: Next.js / PostgreSQL / load generator / other | CPU ms per ${step.unit}: Next.js / PostgreSQL / load generator |
| --- | --- | --- | --- | --- | --- | --- | --- |
${step.runs.map(rows).join("\n")}

${step.about}

${machineLine(host, corpus)}
`;
  return { prefix: step.prefix, markdown, goalMet: goalMet(step) };
}

export function logGoal(step: GoalStep, log: (line: string) => void) {
  for (const check of step.goals) {
    const state = step.absent.length
      ? `endpoint absent (${step.absent.join(", ")} 404)`
      : check.met && !failures(step)
        ? "met"
        : "missed";
    log(`${step.prefix} ${check.goal}: ${check.measured} — ${state}`);
  }
  for (const { name, run } of step.runs) {
    const cost = costPer(run.cpu, run.perSecond);
    log(
      `${name}: ${rate(run.perSecond)} ${step.units}/s, p95 ${ms(run.p95)} ms, ${failed(run)} failed; cores Next.js ${cores(run.cpu.node)}, ` +
        `PostgreSQL ${cores(run.cpu.postgres)}, load generator ${cores(run.cpu.harness)}; CPU ms per ${step.unit}: ` +
        `Next.js ${msOrNa(cost.node)}, PostgreSQL ${msOrNa(cost.postgres)}`,
    );
  }
}
