// The digest benchmark: every corpus user becomes a digest reader (10,000 by default), then in one run
// (1) the raw baseline, nodemailer alone sending one pre-rendered digest to each reader, (2) the real
// thing end to end through GET /api/cron/digest on the production server until nothing is left, and
// (3) a sample of digests taken apart in this process to see where the time goes. All mail goes to the
// counting SMTP sink.
import { randomUUID } from "node:crypto";
import { pgQuery } from "@/lib/database/pg";
import type { CountingSink } from "./counting-sink";
import { loadDigestApp } from "./digest-app";
import { type StageBreakdown, stageBreakdown } from "./digest-breakdown";
import { type CronRun, callDigestCron, runDigestCron } from "./digest-cron";
import { enableDigestReaders } from "./digest-readers";
import { renderDigestsFor } from "./digest-stages";
import type { CpuSources } from "./load";
import { type RawSendResult, rawSends } from "./raw-mail";

export type DigestBenchResult = {
  readers: number;
  concurrency: number;
  batchSize: number;
  /** Papers in the raw baseline's message, and its size as the sink received it. */
  sample: { papers: number; messageKb: number };
  raw: RawSendResult;
  cron: CronRun;
  ratio: number;
  breakdown: StageBreakdown;
};

type Setup = { databaseUrl: string; serverUrl: string; cronSecret: string; sink: CountingSink; sources: CpuSources };

export async function benchDigests(
  { databaseUrl, serverUrl, cronSecret, sink, sources }: Setup,
  log: (line: string) => void,
): Promise<DigestBenchResult> {
  // The server has never run the route: load it (and its queue connection) while no one is due yet.
  for (let i = 0; i < 2; i++) await callDigestCron(serverUrl, cronSecret);
  const readers = await enableDigestReaders(databaseUrl);
  const recipients = await pgQuery<{ userId: string; email: string }>(
    databaseUrl,
    `SELECT id AS "userId", email FROM users WHERE digest_enabled ORDER BY id`,
  );
  log(`${readers.toLocaleString("en-US")} digest readers`);

  const app = await loadDigestApp({ databaseUrl, smtpUrl: sink.url, appUrl: serverUrl });
  try {
    const [message] = await renderDigestsFor(app, [{ ...recipients[0]!, digestId: randomUUID() }]);
    log(`raw nodemailer: one ${message!.papers}-paper digest to each of ${recipients.length} readers`);
    const raw = await rawSends(
      app,
      sink,
      message!,
      recipients.map((r) => r.email),
    );
    log(`raw nodemailer: ${raw.perSecond.toFixed(0)} messages/s (${raw.messageKb.toFixed(1)} kB each)`);

    log("end to end: GET /api/cron/digest until nothing is left");
    const cron = await runDigestCron({ serverUrl, secret: cronSecret, sink, sources }, log);
    log(`end to end: ${cron.sent} sent in ${cron.seconds.toFixed(1)} s, ${cron.perSecond.toFixed(0)} digests/s`);

    log("where the time goes: a sample of digests step by step, in this process");
    const breakdown = await stageBreakdown(app, {
      databaseUrl,
      sink,
      postmaster: sources.postmaster,
      userIds: recipients.map((r) => r.userId),
    });
    return {
      readers,
      concurrency: app.concurrency,
      batchSize: app.batchSize,
      sample: { papers: message!.papers, messageKb: raw.messageKb },
      raw,
      cron,
      ratio: cron.perSecond / raw.perSecond,
      breakdown,
    };
  } finally {
    await app.db.$disconnect();
  }
}
