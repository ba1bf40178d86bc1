// Where a digest's time goes, in the benchmark's own process: a sample of readers in batches of the run's
// size, one batch at a time. First the steps of a delivery timed apart (renderDigestsFor, then the SMTP
// sends of what it rendered, a batch at a time), then deliverDigests itself on the same digests (picking
// and recording the papers, claiming, the same steps, recording what was sent). This process's render
// cache starts empty, so its HTML render costs more than the server's, warm from the run.
// Nothing overlaps, so each step's wall time is its own and the process's CPU time is the step's;
// PostgreSQL's CPU is metered over each loop.
import { pgQuery } from "@/lib/database/pg";
import type { CountingSink } from "./counting-sink";
import { cpuMeter } from "./cpu";
import type { DigestApp } from "./digest-app";
import { type StageTotals, renderDigestsFor, stageTimer } from "./digest-stages";

const STAGE_SAMPLE = { readers: 512, warmUp: 64 };

export type StageBreakdown = {
  readers: number;
  stages: StageTotals;
  /** PostgreSQL CPU per digest (ms) while the steps ran apart, and during deliverDigests. */
  postgresMs: { steps: number | null; delivery: number | null };
  notSent: number;
};

type Row = { digestId: string; userId: string; email: string };

/** Tomorrow's digest rows for these readers, queued as the scheduler leaves them. */
const queueDigests = (url: string, userIds: string[]) =>
  pgQuery<Row>(
    url,
    `INSERT INTO digests (user_id, local_date, frequency, retry_until)
     SELECT id, current_date + 1, 'daily', now() + interval '1 day' FROM users WHERE id = ANY($1)
     RETURNING id AS "digestId", user_id AS "userId", (SELECT email FROM users u WHERE u.id = user_id) AS email`,
    [userIds],
  );

export async function stageBreakdown(
  app: DigestApp,
  {
    databaseUrl,
    sink,
    postmaster,
    userIds,
  }: { databaseUrl: string; sink: CountingSink; postmaster: number | null; userIds: string[] },
): Promise<StageBreakdown> {
  const rows = await queueDigests(databaseUrl, userIds.slice(0, STAGE_SAMPLE.readers + STAGE_SAMPLE.warmUp));
  const warmUp = rows.slice(0, STAGE_SAMPLE.warmUp);
  const sample = rows.slice(STAGE_SAMPLE.warmUp);
  const transport = app.createSmtpTransport(sink.url);
  const totals: Partial<StageTotals> = {};
  try {
    const batches = (list: Row[]) =>
      Array.from({ length: Math.ceil(list.length / app.batchSize) }, (_, i) =>
        list.slice(i * app.batchSize, (i + 1) * app.batchSize),
      );
    const stepsOf = async (list: Row[], time = stageTimer({})) => {
      for (const batch of batches(list)) {
        const messages = await renderDigestsFor(app, batch, time);
        const send = () => Promise.all(messages.map(({ papers: _papers, ...message }) => transport.sendMail(message)));
        await time("SMTP send", send, batch.length);
      }
    };
    let notSent = 0;
    const deliver = async (list: Row[], time = stageTimer({})) => {
      for (const batch of batches(list)) {
        const results = await time("whole delivery", () => app.deliverDigests(batch), batch.length);
        notSent += results.filter((r) => r.status !== "fulfilled" || r.value.status !== "sent").length;
      }
    };
    await stepsOf(warmUp);
    const steps = cpuMeter(null, postmaster);
    await stepsOf(sample, stageTimer(totals));
    const stepsCpu = steps.stop();
    await deliver(warmUp);
    const delivery = cpuMeter(null, postmaster);
    await deliver(sample, stageTimer(totals));
    const deliveryCpu = delivery.stop();
    const perDigest = (cores: number | null, seconds: number) =>
      cores === null ? null : (cores * seconds * 1000) / sample.length;
    return {
      readers: sample.length,
      stages: totals as StageTotals,
      postgresMs: {
        steps: perDigest(stepsCpu.postgres, stepsCpu.seconds),
        delivery: perDigest(deliveryCpu.postgres, deliveryCpu.seconds),
      },
      notSent,
    };
  } finally {
    transport.close();
  }
}
