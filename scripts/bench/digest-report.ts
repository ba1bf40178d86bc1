// The digest benchmark's section of BENCHMARKS.md: the goals and whether this run met them, the figures,
// the CPU split, and the per-step breakdown of a sample. The "where the time goes / what changed" prose is
// a hand-written section of its own, which runs do not rewrite.
import type { Corpus } from "./context";
import type { DigestBenchResult } from "./digest";
import { STAGE_SAMPLE } from "./digest-breakdown";
import type { Stage } from "./digest-stages";
import { RAW_IN_FLIGHT } from "./raw-mail";
import type { Machine } from "./report";
import { ms } from "./stats";
import { GOALS, cores, machineLine, n, sizeTitle, verdict } from "./trending-report";

export const DIGEST_GOALS = { seconds: 60, shareOfRaw: 0.7 };

const STEPS: [Stage, string][] = [
  ["candidates SQL", "candidates SQL (`digestCandidatesSql` through Prisma, one query per batch)"],
  ["selection", "selection (`selectDigestPapers`)"],
  ["compose", "compose (`composeDigest`: props, text part, unsubscribe token)"],
  ["HTML render", "HTML render (`renderDigestHtml`: cached frame and paper blocks)"],
  ["SMTP send", "SMTP send (nodemailer: MIME, the sink's answer; a batch at a time)"],
];

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

/** A step's milliseconds per digest, wall and CPU. */
const perDigestOf = ({ breakdown }: DigestBenchResult, stage: Stage) => {
  const total = breakdown.stages[stage];
  return { wall: total.wallMs / total.runs, cpu: total.cpuMs / total.runs };
};

function breakdownRows(result: DigestBenchResult) {
  const per = (stage: Stage) => perDigestOf(result, stage);
  const steps = STEPS.map(([stage]) => per(stage));
  const sum = steps.reduce((a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu }), { wall: 0, cpu: 0 });
  const whole = per("whole delivery");
  const row = (name: string, { wall, cpu }: { wall: number; cpu: number }) => `| ${name} | ${ms(wall)} | ${ms(cpu)} |`;
  return [
    ...STEPS.map(([, name], i) => row(name, steps[i]!)),
    row("**the steps together**", sum),
    row("**`deliverDigests`: the same, the claims and the `digest_papers` and sent records**", whole),
  ].join("\n");
}

export function digestSection(result: DigestBenchResult, corpus: Corpus, host: Machine) {
  const { cron, raw, breakdown } = result;
  const inTime = cron.seconds <= DIGEST_GOALS.seconds;
  const fastEnough = result.ratio >= DIGEST_GOALS.shareOfRaw;
  const perDigest = (coresUsed: number | null) =>
    coresUsed === null ? "n/a" : ms((coresUsed * cron.seconds * 1000) / Math.max(1, cron.sent));
  const other = (value: number | null, sink: number) => (value === null ? null : Math.max(0, value - sink));
  const rss = cron.peakRss;
  const perStage = (stage: Stage) => perDigestOf(result, stage);
  const markdown = `## Digest: ${n(result.readers)} readers, ${sizeTitle(corpus)}

Goals on ${GOALS.cores} cores: all ${n(result.readers)} digests in ≤ ${DIGEST_GOALS.seconds} s — ${verdict(inTime, host)}: **${cron.seconds.toFixed(1)} s**;
at ≥ ${pct(DIGEST_GOALS.shareOfRaw)} of raw nodemailer's send rate — ${verdict(fastEnough, host)}: **${pct(result.ratio)}**
(${n(cron.perSecond)} digests/s against ${n(raw.perSecond)} messages/s).

| figure | value |
| --- | --- |
| digests | ${n(cron.sent)} sent of ${n(cron.due)} due, ${n(cron.skipped)} skipped, ${n(cron.failed)} failed; the sink accepted ${n(cron.accepted)} |
| time for all, first cron call to \`left: 0\` | ${cron.seconds.toFixed(1)} s in ${cron.calls.length} call${cron.calls.length === 1 ? "" : "s"} (${cron.calls.map((c) => `${c.seconds.toFixed(1)} s`).join(", ")}) |
| digests/s | ${n(cron.perSecond)} |
| raw nodemailer: the same transport and sink, one pre-rendered digest | ${n(raw.perSecond)} messages/s (${n(raw.messages)} messages of ${raw.messageKb.toFixed(1)} kB, ${RAW_IN_FLIGHT} in flight) |
| digests/s ÷ raw | ${pct(result.ratio)} |
| peak RSS of the server | ${n(rss.largestMb)} MB in its largest process; ${n(rss.totalMb)} MB for all ${rss.processes} added up${rss.sinceReset ? "" : " (not reset before the run: may be an earlier step's peak)"} |
| digests taken from the queue at once (\`DIGEST_CONCURRENCY\`) | ${result.concurrency}, in batches of ${result.batchSize} |

CPU in cores (of ${host.cores}):

| run | Next.js server | PostgreSQL | SMTP sink | bench (this process) | other processes |
| --- | --- | --- | --- | --- | --- |
| raw nodemailer | – | – | ${cores(raw.sinkCores)} | ${cores(raw.cpu.harness)} | ${cores(other(raw.cpu.other, raw.sinkCores))} |
| end to end | ${cores(cron.cpu.node)} | ${cores(cron.cpu.postgres)} | ${cores(cron.sinkCores)} | ${cores(cron.cpu.harness)} | ${cores(other(cron.cpu.other, cron.sinkCores))} |

End to end, each digest cost ${perDigest(cron.cpu.node)} ms of the server's CPU, ${perDigest(cron.cpu.postgres)} ms of PostgreSQL's and ${perDigest(cron.sinkCores)} ms of
the sink's; the raw send cost ${ms((raw.cpu.harness * 1000) / raw.perSecond)} ms of Node CPU per message.

Where the time goes: ${n(breakdown.readers)} digests (tomorrow's, for the first readers) in batches of ${result.batchSize} as the run
takes them, one batch at a time in the bench process, after ${STAGE_SAMPLE.warmUp} untimed: first the steps of a delivery apart
(\`scripts/bench/digest-stages.ts\`), then \`deliverDigests\` itself on the same digests. Milliseconds per digest:

| step | wall ms | Node CPU ms |
| --- | --- | --- |
${breakdownRows(result)}

PostgreSQL's CPU per digest: ${breakdown.postgresMs.steps === null ? "n/a" : ms(breakdown.postgresMs.steps)} ms while the steps ran (the candidates SQL), ${breakdown.postgresMs.delivery === null ? "n/a" : ms(breakdown.postgresMs.delivery)} ms during
\`deliverDigests\`. End to end the server spent ${perDigest(cron.cpu.node)} ms of CPU per digest against ${ms(perStage("whole delivery").cpu)} ms for \`deliverDigests\` here:
the rest is pg-boss (fetching and completing jobs), the scheduling query and the route.${breakdown.notSent ? ` ${n(breakdown.notSent)} of the sample were not sent.` : ""}

What it measures: every corpus user (\`bench-user-…\`, following 3–8 topics) gets the digest daily at 00:00 UTC
with ${result.sample.papers} papers, so all are due. The production server (\`scripts/serve.mjs\`, ${host.cores} Next.js workers, no
digest worker) has \`SMTP_URL\` pointing at a counting sink (\`scripts/bench/counting-sink.ts\`: smtp-server in a
child process of its own, reading each message without parsing it). After two warm-up calls with no one due, GET
\`/api/cron/digest\` (Bearer \`CRON_SECRET\`) is called again and again until it answers \`left: 0\`; each call queues
whoever is due and works the pg-boss queue for up to 45 s. The raw baseline runs first in the same run: the app's
own transport (\`createSmtpTransport\` in \`lib/email.ts\`) in the bench process, one digest rendered beforehand and sent
to every reader. CPU comes from /proc; peak RSS is VmHWM of the server's processes, reset before the run.

${machineLine(host, corpus)}
`;
  return { prefix: "Digest:", markdown, goalMet: inTime && fastEnough };
}
