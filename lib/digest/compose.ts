// Turns a reader's picked papers into the digest email: the template's props, the subject, the plain-text
// part and the list headers. Pure: the site's address and the unsubscribe key come in as arguments.
import { type DigestChip, type DigestEmailProps, digestSubject, digestText } from "@/emails/digest";
import type { DigestPaper } from "@/lib/data/digests";
import type { DigestPick } from "@/lib/digest/select";
import { signUnsubscribeToken } from "@/lib/digest/unsubscribe-token";
import { texToPlainText } from "@/lib/math/plain-text";
import { pdfUrlOf } from "@/lib/papers/paper-links";
import { excerpt, shortAuthors, singleLine } from "@/lib/papers/text";
import { WEEKDAYS } from "@/lib/validations/digest";

export type DigestReader = {
  id: string;
  timeZone: string;
  frequency: "daily" | "weekly";
  weekday: number;
  hour: number;
};

export type Site = { appUrl: string; unsubscribeKey: Buffer };

const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Excerpts of about three lines in a 560 px column. */
const EXCERPT_CHARACTERS = 240;
const SUBJECT_TITLE_CHARACTERS = 80;

export function chipsOf(pick: DigestPick<unknown>): DigestChip[] {
  if (pick.reasons.length === 0) return [{ label: "Trending", kind: "trending" }];
  return pick.reasons.map((reason) => ({ label: reason.name, kind: reason.own ? "own" : "topic" }));
}

export function scheduleLabel(reader: Omit<DigestReader, "id">) {
  const time = `${String(reader.hour).padStart(2, "0")}:00`;
  const when = reader.frequency === "weekly" ? `every ${WEEKDAYS[reader.weekday - 1]} at ${time}` : `daily at ${time}`;
  return `${when} (${reader.timeZone})`;
}

export function unsubscribeUrl(site: Site, userId: string) {
  return `${site.appUrl}/unsubscribe/${signUnsubscribeToken(site.unsubscribeKey, userId)}`;
}

/**
 * Everything that is sent. `localDate` is the reader's date (a date at UTC midnight, as PostgreSQL's
 * `date` arrives); `viewUrl` is where "view in browser" leads.
 */
export function composeDigest({
  reader,
  localDate,
  picks,
  viewUrl,
  site,
}: {
  reader: DigestReader;
  localDate: Date;
  picks: DigestPick<DigestPaper>[];
  viewUrl: string;
  site: Site;
}) {
  const { host, hostname } = new URL(site.appUrl);
  const unsubscribe = unsubscribeUrl(site, reader.id);
  const props: DigestEmailProps = {
    dateLabel: longDate.format(localDate),
    frequency: reader.frequency,
    scheduleLabel: scheduleLabel(reader),
    host,
    viewUrl,
    preferencesUrl: `${site.appUrl}/settings/digest`,
    unsubscribeUrl: unsubscribe,
    papers: picks.map((pick) => ({
      // Mail clients run no KaTeX: math goes out as readable Unicode, in the HTML and the text part alike.
      title: singleLine(texToPlainText(pick.paper.title)),
      authors: shortAuthors(pick.paper.authors.map(singleLine)),
      excerpt: texToPlainText(excerpt(pick.paper.abstract, EXCERPT_CHARACTERS)),
      upvotes: pick.paper.upvoteCount,
      chips: chipsOf(pick),
      paperUrl: `${site.appUrl}/papers/${encodeURIComponent(pick.paper.id)}`,
      pdfUrl: pdfUrlOf(pick.paper),
    })),
  };
  const subject = digestSubject({
    shortDate: shortDate.format(localDate),
    topTitle: excerpt(props.papers[0]?.title ?? "", SUBJECT_TITLE_CHARACTERS),
    count: picks.length,
  });
  return {
    subject,
    props,
    text: digestText(props),
    headers: {
      // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to this URL.
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `Paperboy digest <digest.${hostname}>`,
    },
  };
}
