// `npm run bench`: the performance benchmarks, one step each, with their figures written to
// BENCHMARKS.md and .tmp/bench/. A new benchmark is one more entry in STEPS. Not part of `npm test`.
import "../load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BENCH_DIR, benchIngest } from "./ingest";
import { ingestSection } from "./ingest-report";
import { machine, writeJson, writeSection } from "./report";

const argsSchema = z.object({
  papers: z.coerce.number().int().min(1).max(5_000_000).default(100_000),
  "batch-size": z.coerce.number().int().min(1).max(10_000).default(1000),
  seed: z.coerce.number().int().min(0).default(1),
  only: z.string().optional(),
});
type Args = z.infer<typeof argsSchema>;
type Step = { name: string; run: (args: Args) => Promise<void> };

const log = (line: string) => console.error(`[bench] ${line}`);

const STEPS: Step[] = [
  {
    name: "ingest",
    run: async (args) => {
      const result = await benchIngest({ papers: args.papers, batchSize: args["batch-size"], seed: args.seed, log });
      const host = machine();
      const { heading, markdown, goalMet } = ingestSection(result, host);
      await writeSection("Ingest:", markdown);
      await writeJson(path.join(BENCH_DIR, "ingest.json"), { ...result, machine: host, goalMet });
      log(`${heading}: ${result.seconds.toFixed(1)} s, ${Math.round(result.entriesPerSecond)} entries/s`);
    },
  },
];

const { values } = parseArgs({
  options: {
    papers: { type: "string" },
    "batch-size": { type: "string" },
    seed: { type: "string" },
    only: { type: "string" },
  },
});
const parsed = argsSchema.safeParse(values);
const unknownStep = parsed.success && parsed.data.only && !STEPS.some((step) => step.name === parsed.data.only);
if (!parsed.success || unknownStep) {
  const problem = parsed.success ? `--only: no benchmark named ${parsed.data.only}` : parsed.error.issues[0]?.message;
  console.error(
    `error: ${problem}\nusage: npm run bench -- [--papers <n>] [--batch-size <n>] [--seed <n>] [--only <name>]`,
  );
  process.exit(2);
}

for (const step of STEPS.filter((s) => !parsed.data.only || s.name === parsed.data.only)) {
  log(`— ${step.name}`);
  await step.run(parsed.data);
}
log("figures written to BENCHMARKS.md and .tmp/bench/");
