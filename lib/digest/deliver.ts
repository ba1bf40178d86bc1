// Sends one reader's digest, once. A job may be delivered more than once (pg-boss is at-least-once; two
// runs may overlap), so the digest row is claimed first: queued → sending, in the same transaction that
// picks its papers and records them (digest_papers: a paper can be recorded once per reader, ever). Only
// the worker whose UPDATE moved the row sends; everyone else finds it taken. After the SMTP server's
// answer the row becomes sent, queued again (temporary failure, 4xx: pg-boss retries the job with
// backoff), or failed (5xx: the address is suppressed until the reader resumes it in Settings).
import DigestEmail from "@/emails/digest";
import { digestCandidates, digestPicks } from "@/lib/data/digests";
import { db } from "@/lib/db";
import { type Site, composeDigest } from "@/lib/digest/compose";
import { selectDigestPapers } from "@/lib/digest/select";
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

type Claimed = {
  userId: string;
  localDate: Date;
  expired: boolean;
  email: string | null;
  subscribed: boolean;
  size: number;
  timeZone: string;
  frequency: "daily" | "weekly";
  weekday: number;
  hour: number;
};

export const NOTHING_NEW = "Nothing new to send.";

export async function deliverDigest(
  digestId: string,
  { lastAttempt = false, site = digestSite() }: { lastAttempt?: boolean; site?: Site } = {},
): Promise<DeliveryOutcome> {
  const claim = await claimDigest(digestId);
  if (claim.status !== "claimed") return claim;
  const { reader, picks } = claim;

  const { hostname } = new URL(site.appUrl);
  const message = composeDigest({
    reader: { id: reader.userId, ...reader },
    localDate: reader.localDate,
    picks,
    viewUrl: `${site.appUrl}/digests/${digestId}`,
    site,
  });
  try {
    await sendEmail({
      to: reader.email!,
      subject: message.subject,
      react: DigestEmail(message.props),
      text: message.text,
      headers: message.headers,
      messageId: `<digest-${digestId}@${hostname}>`,
    });
  } catch (error) {
    return settleFailure(digestId, reader.userId, error, lastAttempt);
  }
  await db.$executeRaw`
    UPDATE digests SET status = 'sent', sent_at = now(), updated_at = now(), subject = ${message.subject},
      message_id = ${`<digest-${digestId}@${hostname}>`}, error = NULL
    WHERE id = ${digestId}::uuid AND status = 'sending'`;
  return { status: "sent" };
}

/** Moves the digest to `sending` and picks its papers, or says why there is nothing to send. */
async function claimDigest(digestId: string) {
  return db.$transaction(async (tx) => {
    const [reader] = await tx.$queryRaw<Claimed[]>`
      UPDATE digests d SET status = 'sending', attempts = d.attempts + 1, updated_at = now()
      FROM users u
      WHERE d.id = ${digestId}::uuid AND d.status = 'queued' AND u.id = d.user_id
      RETURNING d.user_id AS "userId", d.local_date AS "localDate", d.retry_until < now() AS expired,
        u.email, (u.digest_enabled AND u.digest_suppressed_at IS NULL) AS subscribed, u.digest_size AS size,
        coalesce(u.time_zone, 'UTC') AS "timeZone", u.digest_frequency::text AS frequency,
        u.digest_weekday AS weekday, u.digest_hour AS hour`;
    if (!reader) return { status: "taken" as const };

    const finish = async (status: "skipped" | "failed", reason: string) => {
      await tx.$executeRaw`
        UPDATE digests SET status = ${status}::digest_status, error = ${reason}, updated_at = now()
        WHERE id = ${digestId}::uuid`;
      // Never delivered: its papers (recorded on an earlier attempt) may go in a later digest.
      await tx.$executeRaw`DELETE FROM digest_papers WHERE digest_id = ${digestId}::uuid`;
      return { status, reason };
    };
    if (reader.expired) return finish("failed", "Not delivered before the next digest was due.");
    if (!reader.subscribed || !reader.email) return finish("skipped", "The digest was turned off before it went out.");

    // A retry sends the papers the first attempt recorded.
    let picks = await digestPicks(digestId, tx);
    if (picks.length === 0) {
      const candidates = await digestCandidates(reader.userId, reader.size, tx);
      picks = selectDigestPapers({ ...candidates, size: reader.size });
      if (picks.length === 0) return finish("skipped", NOTHING_NEW);
      const rows = picks.map((pick, i) => ({ paper_id: pick.paper.id, position: i + 1, reasons: pick.reasons }));
      await tx.$executeRaw`
        INSERT INTO digest_papers (user_id, paper_id, digest_id, position, reasons)
        SELECT ${reader.userId}, x.paper_id, ${digestId}::uuid, x.position, x.reasons
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(paper_id text, position int, reasons jsonb)`;
    }
    return { status: "claimed" as const, reader, picks };
  });
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
