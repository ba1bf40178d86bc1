// Digests taken step by step as lib/digest/claim.ts and deliver.ts take them (candidates SQL for a batch,
// then each reader's selection, compose and HTML render), each step optionally timed: wall time and this
// process's CPU time. The raw-send baseline renders its one message this way; the stage breakdown times a
// sample of readers with it.
import type { DigestApp } from "./digest-app";
import { DIGEST_READER } from "./digest-readers";

export type Stage = "candidates SQL" | "selection" | "compose" | "HTML render" | "SMTP send" | "whole delivery";
export type StageTotals = Record<Stage, { wallMs: number; cpuMs: number; runs: number }>;

/** Times `step` as `digests` digests' worth of `stage`. */
export type Timer = <T>(stage: Stage, step: () => T | Promise<T>, digests?: number) => Promise<T>;

/** A timer that adds each step's wall and CPU milliseconds to `totals`. Steps must not overlap. */
export function stageTimer(totals: Partial<StageTotals>): Timer {
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

const untimed: Timer = async (_stage, step) => step();

type Reader = { userId: string; email: string; digestId: string };

/**
 * The messages deliverDigests would send these readers for these digest rows, rendered: one candidates
 * query for them all, as the claim runs it, then each reader's selection, compose and render.
 */
export async function renderDigestsFor(app: DigestApp, readers: Reader[], time: Timer = untimed) {
  const site = app.digestSite();
  const size = DIGEST_READER.size;
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
        reader: {
          id: userId,
          timeZone: DIGEST_READER.timeZone,
          frequency: "daily",
          weekday: 1,
          hour: DIGEST_READER.hour,
        },
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
