// The digest benchmark: every corpus user becomes a digest reader (10,000 by default), then in one run
// (1) the raw baseline, nodemailer alone sending one pre-rendered digest to each reader, (2) the real
// thing end to end through GET /api/cron/digest on the production server until nothing is left, and
// (3) a sample of digests taken apart in this process to see where the time goes. All mail goes to the
// counting SMTP sink (smtp-sink.ts).
import { randomBytes, randomUUID } from "node:crypto";
import { pgQuery } from "@/lib/database/pg";
import { setAppEnv } from "./app-env";
import { cpuMeter, peakRss, resetPeakRss } from "./cpu";
import type { CpuSources } from "./load";
import type { CountingSink } from "./smtp-sink";

/** Raw sends handed to the transport at once: more than its connections, so none ever waits for work. */
export const RAW_IN_FLIGHT = 32;
/** Every corpus user gets the digest daily at 00:00 UTC, so all are due whenever the run happens. */
const READER = { timeZone: "UTC", hour: 0, size: 10 };
const STAGE_SAMPLE = { readers: 512, warmUp: 64 };
const MAX_CRON_CALLS = 100;

type Stage = "candidates SQL" | "selection" | "compose" | "HTML render" | "SMTP send" | "whole delivery";
type StageTotals = Record<Stage, { wallMs: number; cpuMs: number; runs: number }>;
/** Times `step` as `digests` digests' worth of `stage`. */
type Timer = <T>(stage: Stage, step: () => T | Promise<T>, digests?: number) => Promise<T>;
type Reader = { digestId: string; userId: string; email: string };
type CronSummary = { due: number; enqueued: number; sent: number; skipped: number; failed: number; left: number };
type Setup = { databaseUrl: string; serverUrl: string; cronSecret: string; sink: CountingSink; sources: CpuSources };
type DigestApp = Awaited<ReturnType<typeof loadDigestApp>>;
export type DigestBenchResult = Awaited<ReturnType<typeof benchDigests>>;

export async function benchDigests(setup: Setup, log: (line: string) => void) {
  const { databaseUrl, serverUrl, cronSecret, sink } = setup;
  // The server has never run the route: load it (and its queue connection) while no one is due yet.
  for (let i = 0; i < 2; i++) await callCron(serverUrl, cronSecret);
  const [{ readers } = { readers: 0 }] = await pgQuery<{ readers: number }>(
    databaseUrl,
    `WITH readers AS (
       UPDATE users SET digest_enabled = true, digest_frequency = 'daily', time_zone = $1, digest_hour = $2,
         digest_size = $3, digest_suppressed_at = NULL, email = coalesce(email, id || '@example.com')
       WHERE id LIKE 'bench-user-%'
       RETURNING 1)
     SELECT count(*)::int AS readers FROM readers`,
    [READER.timeZone, READER.hour, READER.size],
  );
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
    const cron = await runCron(setup, log);
    log(`end to end: ${cron.sent} sent in ${cron.seconds.toFixed(1)} s, ${cron.perSecond.toFixed(0)} digests/s`);

    log("where the time goes: a sample of digests step by step, in this process");
    const breakdown = await stageBreakdown(
      app,
      setup,
      recipients.map((r) => r.userId),
    );
    return {
      readers,
      concurrency: app.concurrency,
      batchSize: app.batchSize,
      /** Papers in the raw baseline's message, and its size as the sink received it. */
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

/**
 * The app's digest code in this process, for the raw baseline and the stage timings. lib/env.ts reads the
 * environment once, when first imported, so the variables are set first and the modules imported after
 * (as lib/digest/run.int.test.ts does). NODE_ENV is production, as for the server: React's development
 * build renders several times slower.
 */
async function loadDigestApp({ databaseUrl, smtpUrl, appUrl }: Record<string, string>) {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  setAppEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, APP_URL: appUrl });
  const [{ env }, email, data, select, compose, html, deliver, site, run, { db }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/email"),
    import("@/lib/data/digests"),
    import("@/lib/digest/select"),
    import("@/lib/digest/compose"),
    import("@/lib/digest/digest-html"),
    import("@/lib/digest/deliver"),
    import("@/lib/digest/site"),
    import("@/lib/digest/run"),
    import("@/lib/db"),
  ]);
  return {
    db,
    renderDigestHtml: html.renderDigestHtml,
    createSmtpTransport: email.createSmtpTransport,
    digestCandidatesFor: data.digestCandidatesFor,
    selectDigestPapers: select.selectDigestPapers,
    composeDigest: compose.composeDigest,
    deliverDigests: deliver.deliverDigests,
    digestSite: site.digestSite,
    concurrency: run.DIGEST_CONCURRENCY,
    batchSize: Math.ceil(run.DIGEST_CONCURRENCY / run.DIGEST_LANES),
    mailFrom: env.MAIL_FROM,
  };
}

/** A timer that adds each step's wall and this process's CPU milliseconds to `totals`. Steps must not overlap. */
function stageTimer(totals: Partial<StageTotals>): Timer {
  return async (stage, step, digests = 1) => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const value = await step();
    const used = process.cpuUsage(cpu);
    const total = (totals[stage] ??= { wallMs: 0, cpuMs: 0, runs: 0 });
    total.wallMs += performance.now() - wall;
    total.cpuMs += (used.user + used.system) / 1000;
    total.runs += digests;
    return value;
  };
}

/**
 * The messages deliverDigests would send these readers for these digest rows, rendered as
 * lib/digest/claim.ts and deliver.ts do: one candidates query for them all, then each reader's
 * selection, compose and HTML render.
 */
async function renderDigestsFor(app: DigestApp, readers: Reader[], time: Timer = async (_stage, step) => step()) {
  const site = app.digestSite();
  const { size, timeZone, hour } = READER;
  const candidates = await time(
    "candidates SQL",
    () => app.digestCandidatesFor(readers.map(({ userId }) => ({ userId, size }))),
    readers.length,
  );
  const messages = [];
  for (const { userId, email, digestId } of readers) {
    const picks = await time("selection", () => app.selectDigestPapers({ ...candidates.get(userId)!, size }));
    const message = await time("compose", () =>
      app.composeDigest({
        reader: { id: userId, timeZone, frequency: "daily", weekday: 1, hour },
        localDate: new Date(new Date().toISOString().slice(0, 10)),
        picks,
        viewUrl: `${site.appUrl}/digests/${digestId}`,
        site,
      }),
    );
    const html = await time("HTML render", () => app.renderDigestHtml(message.props));
    const { subject, text, headers } = message;
    messages.push({ from: app.mailFrom, to: email, subject, html, text, headers, papers: picks.length });
  }
  return messages;
}

/**
 * The baseline: the app's own pooled transport (lib/email.ts createSmtpTransport) sending one
 * pre-rendered real digest to every reader in turn. No SQL, no React: the most the digest path could
 * reach with this transport. CPU: this process (the sender) as `harness`, the sink's process apart.
 */
async function rawSends(app: DigestApp, sink: CountingSink, message: Message, recipients: string[]) {
  const transport = app.createSmtpTransport(sink.url);
  try {
    const { from, subject, html, text, headers } = message;
    const send = (to: string) => transport.sendMail({ from, to, subject, html, text, headers });
    // A few sends first, so the pool's connections are open before the clock starts.
    await Promise.all(recipients.slice(0, RAW_IN_FLIGHT).map(send));
    const before = await sink.report();
    const meter = cpuMeter(null, null);
    let next = 0;
    await Promise.all(
      Array.from({ length: RAW_IN_FLIGHT }, async () => {
        while (next < recipients.length) await send(recipients[next++]!);
      }),
    );
    const cpu = meter.stop();
    const after = await sink.waitFor(before.accepted + recipients.length, 10_000);
    return {
      messages: recipients.length,
      seconds: cpu.seconds,
      perSecond: recipients.length / cpu.seconds,
      messageKb: (after.bytes - before.bytes) / recipients.length / 1000,
      cpu,
      sinkCores: (after.cpuSeconds - before.cpuSeconds) / cpu.seconds,
    };
  } finally {
    transport.close();
  }
}
type Message = Awaited<ReturnType<typeof renderDigestsFor>>[number];

/** One cron call, as Vercel Cron or the self-host scheduler makes it; throws unless it answers 200. */
async function callCron(serverUrl: string, secret: string): Promise<CronSummary> {
  const response = await fetch(`${serverUrl}/api/cron/digest`, {
    headers: { authorization: `Bearer ${secret}` },
    signal: AbortSignal.timeout(120_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET /api/cron/digest answered ${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as CronSummary;
}

/**
 * End to end: cron calls until one answers `left: 0`. Each queues whoever is due (only the first finds
 * anyone) and works the pg-boss queue for up to 45 s; the server renders and sends to the sink. Peak RSS
 * is the server's; `accepted` (messages the sink took during the run) must equal `sent`.
 */
async function runCron({ serverUrl, cronSecret, sink, sources }: Setup, log: (line: string) => void) {
  const reset = sources.serverGroup !== null && resetPeakRss(sources.serverGroup);
  const before = await sink.report();
  const meter = cpuMeter(sources.serverGroup, sources.postmaster);
  const calls: (CronSummary & { seconds: number })[] = [];
  for (let left = Infinity; left > 0;) {
    if (calls.length === MAX_CRON_CALLS) throw new Error(`${MAX_CRON_CALLS} cron calls and ${left} digests still left`);
    const start = performance.now();
    const summary = await callCron(serverUrl, cronSecret);
    const seconds = (performance.now() - start) / 1000;
    calls.push({ ...summary, seconds });
    log(`cron call ${calls.length}: ${JSON.stringify(summary)} in ${seconds.toFixed(1)} s`);
    const worked = summary.enqueued + summary.sent + summary.skipped + summary.failed;
    if (worked === 0 && summary.left > 0) throw new Error(`a cron call did nothing with ${summary.left} left`);
    left = summary.left;
  }
  const cpu = meter.stop();
  const after = await sink.report();
  const total = (key: "due" | "sent" | "skipped" | "failed") => calls.reduce((sum, call) => sum + call[key], 0);
  return {
    calls,
    due: total("due"),
    sent: total("sent"),
    skipped: total("skipped"),
    failed: total("failed"),
    seconds: cpu.seconds,
    perSecond: total("sent") / cpu.seconds,
    accepted: after.accepted - before.accepted,
    cpu,
    sinkCores: (after.cpuSeconds - before.cpuSeconds) / cpu.seconds,
    peakRss: sources.serverGroup === null ? peakRss(-1, false) : peakRss(sources.serverGroup, reset),
  };
}

/**
 * Where a digest's time goes: a sample of readers in batches of the run's size, one batch at a time.
 * First the steps of a delivery timed apart (renderDigestsFor, then the SMTP sends of what it rendered),
 * then deliverDigests itself on the same digests (picking and recording the papers, claiming, the same
 * steps, recording what was sent). This process's render cache starts empty, so its HTML render costs
 * more than the server's, warm from the run. Nothing overlaps, so each step's wall time is its own and
 * the process's CPU time is the step's; PostgreSQL's CPU is metered over each loop.
 */
async function stageBreakdown(app: DigestApp, { databaseUrl, sink, sources }: Setup, userIds: string[]) {
  // Tomorrow's digest rows for these readers, queued as the scheduler leaves them.
  const rows = await pgQuery<Reader>(
    databaseUrl,
    `INSERT INTO digests (user_id, local_date, frequency, retry_until)
     SELECT id, current_date + 1, 'daily', now() + interval '1 day' FROM users WHERE id = ANY($1)
     RETURNING id AS "digestId", user_id AS "userId", (SELECT email FROM users u WHERE u.id = user_id) AS email`,
    [userIds.slice(0, STAGE_SAMPLE.readers + STAGE_SAMPLE.warmUp)],
  );
  const warmUp = rows.slice(0, STAGE_SAMPLE.warmUp);
  const sample = rows.slice(STAGE_SAMPLE.warmUp);
  const transport = app.createSmtpTransport(sink.url);
  const totals: Partial<StageTotals> = {};
  const batches = (list: Reader[]) =>
    Array.from({ length: Math.ceil(list.length / app.batchSize) }, (_, i) =>
      list.slice(i * app.batchSize, (i + 1) * app.batchSize),
    );
  let notSent = 0;
  const stepsApart = async (list: Reader[], time = stageTimer({})) => {
    for (const batch of batches(list)) {
      const messages = await renderDigestsFor(app, batch, time);
      const send = () => Promise.all(messages.map(({ papers: _papers, ...message }) => transport.sendMail(message)));
      await time("SMTP send", send, batch.length);
    }
  };
  const delivered = async (list: Reader[], time = stageTimer({})) => {
    for (const batch of batches(list)) {
      const results = await time("whole delivery", () => app.deliverDigests(batch), batch.length);
      notSent += results.filter((r) => r.status !== "fulfilled" || r.value.status !== "sent").length;
    }
  };
  /** PostgreSQL CPU per digest (ms) over one loop through the sample, after one through the warm-up. */
  const postgresMs = async (loop: typeof stepsApart) => {
    await loop(warmUp);
    const meter = cpuMeter(null, sources.postmaster);
    await loop(sample, stageTimer(totals));
    const { postgres, seconds } = meter.stop();
    return postgres === null ? null : (postgres * seconds * 1000) / sample.length;
  };
  try {
    const steps = await postgresMs(stepsApart);
    const delivery = await postgresMs(delivered);
    return { readers: sample.length, stages: totals as StageTotals, postgresMs: { steps, delivery }, notSent };
  } finally {
    transport.close();
  }
}
