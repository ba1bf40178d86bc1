// The digest as a page: "Preview my next digest" (what would be sent if it went out now, recording
// nothing) and a sent digest's "view in browser" (re-rendered from the papers it recorded). Both are the
// email itself, rendered by the same code that sends it.
import "server-only";
import { digestCandidates, getDigestPreferences, getOwnDigest } from "@/lib/data/digests";
import type { DigestPaper } from "@/lib/data/digests";
import { type DigestReader, composeDigest } from "@/lib/digest/compose";
import { renderDigestHtml } from "@/lib/digest/digest-html";
import type { DigestPick } from "@/lib/digest/select";
import { selectDigestPapers } from "@/lib/digest/select";
import { digestSite } from "@/lib/digest/site";
import { DEFAULT_TIME_ZONE } from "@/lib/digest/time-zone";

async function readerOf(userId: string): Promise<(DigestReader & { enabled: boolean; size: number }) | null> {
  const prefs = await getDigestPreferences(userId);
  if (!prefs) return null;
  return {
    id: userId,
    timeZone: prefs.timeZone ?? DEFAULT_TIME_ZONE,
    frequency: prefs.digestFrequency,
    weekday: prefs.digestWeekday,
    hour: prefs.digestHour,
    enabled: prefs.digestEnabled,
    size: prefs.digestSize,
  };
}

async function rendered(reader: DigestReader, localDate: Date, picks: DigestPick<DigestPaper>[], viewUrl: string) {
  const message = composeDigest({ reader, localDate, picks, viewUrl, site: digestSite() });
  return { subject: message.subject, html: await renderDigestHtml(message.props), text: message.text };
}

/** Today's date where the reader is, as PostgreSQL's `date` would arrive (midnight UTC). */
export function localDateIn(timeZone: string, now = new Date()) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
}

/** What the reader's digest would hold if it were sent now; `email` null when nothing would be sent. */
export async function previewDigest(userId: string) {
  const reader = await readerOf(userId);
  if (!reader) return null;
  const picks = selectDigestPapers({ ...(await digestCandidates(userId, reader.size)), size: reader.size });
  const email = picks.length
    ? await rendered(reader, localDateIn(reader.timeZone), picks, `${digestSite().appUrl}/digests/preview`)
    : null;
  return { enabled: reader.enabled, papers: picks.length, email };
}

/** One of the reader's digests as it was sent; null if it isn't theirs or holds no papers. */
export async function viewDigest(userId: string, digestId: string) {
  const [reader, digest] = await Promise.all([readerOf(userId), getOwnDigest(userId, digestId)]);
  if (!reader || !digest || digest.picks.length === 0) return null;
  const sentAs = { ...reader, frequency: digest.frequency };
  const email = await rendered(sentAs, digest.localDate, digest.picks, `${digestSite().appUrl}/digests/${digest.id}`);
  return { ...digest, email };
}
