// Sends a batch of digests, each once. pick.ts picks and records their papers in one transaction; then
// each is claimed, rendered and sent on its own (a failure is that digest's alone), and the ones sent are
// recorded with one UPDATE. A job may be delivered more than once (pg-boss is at-least-once; two runs may
// overlap), so a digest is claimed first, queued → sending: only the worker whose UPDATE moved the row
// sends; everyone else finds it taken. After the SMTP server's answer a digest becomes sent, queued again
// (temporary failure, 4xx: pg-boss retries the job with backoff), or failed (5xx: the address is
// suppressed until the reader resumes it in Settings).
import { backgroundDb as db } from "@/lib/db";
import { type Site, composeDigest } from "@/lib/digest/compose";
import { renderDigestHtml } from "@/lib/digest/digest-html";
import { pickDigestPapers } from "@/lib/digest/pick";
import { digestSite } from "@/lib/digest/site";
import { EmailNotConfiguredError, sendEmail } from "@/lib/email";

export type DeliveryOutcome =
  | { status: "sent" }
  | { status: "skipped"; reason: string }
  | { status: "failed"; reason: string }
  /** A temporary failure: the job is to be retried. */
  | { status: "retry"; reason: string }
  /** Claimed or finished by another worker already: a duplicate delivery of the job. */
  | { status: "taken" };

export type DeliveryJob = { digestId: string; lastAttempt?: boolean };

/**
 * A batch's digests claimed, rendered and sent at a time: a few more than the SMTP pool's connections (5)
 * keeps them busy, while the rest of the batch waits unclaimed (still queued should this worker die) and
 * unrendered (rather than as messages queued in the pool, which the garbage collector keeps moving).
 */
const SENDING_AT_ONCE = 10;

/**
 * Delivers these digests: one result per job, in order. A rejected result is an error that is not an SMTP
 * answer (a bug in rendering, say): that digest is left as it got (queued, or sending, which is never sent
 * again) and its job is to be failed. Throws when the batch as a whole failed (the database went away)
 * while picking, when nothing was claimed yet, or while recording the ones sent, which then stay sending.
 */
export async function deliverDigests(
  jobs: DeliveryJob[],
  { site = digestSite() }: { site?: Site } = {},
): Promise<PromiseSettledResult<DeliveryOutcome>[]> {
  const picked = await pickDigestPapers(jobs.map((job) => job.digestId));
  const { hostname } = new URL(site.appUrl);
  const sent: { digestId: string; subject: string; messageId: string }[] = [];
  const deliver = async ({ digestId, lastAttempt = false }: DeliveryJob, claimed: Set<string>) => {
    const ready = picked.get(digestId)!;
    if (ready.status !== "ready") return ready;
    if (!claimed.has(digestId)) return { status: "taken" } as const;
    const { reader, picks } = ready;
    const message = composeDigest({
      reader: { id: reader.userId, ...reader },
      localDate: reader.localDate,
      picks,
      viewUrl: `${site.appUrl}/digests/${digestId}`,
      site,
    });
    const messageId = `<digest-${digestId}@${hostname}>`;
    try {
      await sendEmail({
        to: reader.email!,
        subject: message.subject,
        html: await renderDigestHtml(message.props),
        text: message.text,
        headers: message.headers,
        messageId,
      });
    } catch (error) {
      return settleFailure(digestId, reader.userId, error, lastAttempt);
    }
    sent.push({ digestId, subject: message.subject, messageId });
    return { status: "sent" } as const;
  };
  const results: PromiseSettledResult<DeliveryOutcome>[] = [];
  try {
    // Claimed a group at a time, as it is sent: what a worker that dies had not started is still queued.
    for (let start = 0; start < jobs.length; start += SENDING_AT_ONCE) {
      const group = jobs.slice(start, start + SENDING_AT_ONCE);
      const claimed = await claimDigests(group.filter((job) => picked.get(job.digestId)!.status === "ready"));
      results.push(...(await Promise.allSettled(group.map((job) => deliver(job, claimed)))));
    }
  } finally {
    if (sent.length > 0) await recordSent(sent);
  }
  return results;
}

/** queued → sending; the ones that were still queued (another worker may have got there first). */
async function claimDigests(jobs: DeliveryJob[]) {
  if (jobs.length === 0) return new Set<string>();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE digests SET status = 'sending', attempts = attempts + 1, updated_at = now()
    WHERE id = ANY(${jobs.map((job) => job.digestId)}::uuid[]) AND status = 'queued'
    RETURNING id::text`;
  return new Set(rows.map((row) => row.id));
}

async function recordSent(sent: { digestId: string; subject: string; messageId: string }[]) {
  await db.$executeRaw`
    UPDATE digests d SET status = 'sent', sent_at = now(), updated_at = now(), subject = x.subject,
      message_id = x.message_id, error = NULL
    FROM unnest(${sent.map((s) => s.digestId)}::uuid[], ${sent.map((s) => s.subject)}::text[],
      ${sent.map((s) => s.messageId)}::text[]) AS x(id, subject, message_id)
    WHERE d.id = x.id AND d.status = 'sending'`;
}

/** The SMTP server's reply code, when the failure was its answer. */
export function smtpResponseCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" ? code : undefined;
}

function describe(error: unknown) {
  const text = (error as { response?: string })?.response ?? (error as Error)?.message ?? String(error);
  return text.replace(/\s+/g, " ").slice(0, 480);
}

async function settleFailure(digestId: string, userId: string, error: unknown, lastAttempt: boolean) {
  const code = smtpResponseCode(error);
  const reason = describe(error);
  const permanent = (code !== undefined && code >= 500) || error instanceof EmailNotConfiguredError;
  if (permanent || lastAttempt) {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`
        UPDATE digests SET status = 'failed', error = ${reason}, updated_at = now()
        WHERE id = ${digestId}::uuid AND status = 'sending'`;
      await tx.$executeRaw`DELETE FROM digest_papers WHERE digest_id = ${digestId}::uuid`;
      // The mail server refused the address for good: stop mailing it until the reader says otherwise.
      if (code !== undefined && code >= 500) {
        await tx.$executeRaw`
          UPDATE users SET digest_suppressed_at = now(), digest_suppressed_reason = ${reason}
          WHERE id = ${userId} AND digest_suppressed_at IS NULL`;
      }
    });
    if (error instanceof EmailNotConfiguredError) console.error(`[digest] ${error.message}`);
    return { status: "failed" as const, reason };
  }
  await db.$executeRaw`
    UPDATE digests SET status = 'queued', error = ${reason}, updated_at = now()
    WHERE id = ${digestId}::uuid AND status = 'sending'`;
  return { status: "retry" as const, reason };
}
