import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DigestPreferencesForm } from "@/app/settings/digest/_components/digest-preferences-form";
import { RecentDigests } from "@/app/settings/digest/_components/recent-digests";
import { ResumeDigestButton } from "@/app/settings/digest/_components/resume-digest-button";
import { requireUser } from "@/lib/auth";
import { getDigestPreferences, listRecentDigests } from "@/lib/data/digests";
import { timeZoneChoices } from "@/lib/digest/time-zone";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Digest settings" };

export default async function DigestSettingsPage({ searchParams }: PageProps<"/settings/digest">) {
  const user = await requireUser("/settings/digest");
  const [prefs, digests, { subscribed }] = await Promise.all([
    getDigestPreferences(user.id),
    listRecentDigests(user.id),
    searchParams,
  ]);
  if (!prefs) notFound();

  return (
    <div className="space-y-10">
      {subscribed === "1" && prefs.digestEnabled ? (
        <p role="status" className="rounded-md bg-brand-50 px-4 py-3 text-sm dark:bg-zinc-900">
          You&apos;re subscribed. Your digest goes to <strong>{prefs.email}</strong>; set when and how often below.
        </p>
      ) : null}
      <section aria-labelledby="digest-heading">
        <h2 id="digest-heading" className="text-lg font-semibold">
          Email digest
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          The top of your{" "}
          <Link href="/for-you" className="underline">
            For you
          </Link>{" "}
          list by email, filled up with what is trending: never a paper you were already sent or marked “Not
          interested”. To <strong>{prefs.email}</strong>.
        </p>
        {prefs.digestSuppressedAt ? (
          <div
            role="alert"
            className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm dark:bg-zinc-900"
          >
            <p>
              We stopped sending to this address on {formatDate(prefs.digestSuppressedAt)}: its mail server refused it
              {prefs.digestSuppressedReason ? ` (“${prefs.digestSuppressedReason}”)` : ""}. If it works again, resume
              sending.
            </p>
            <ResumeDigestButton />
          </div>
        ) : null}
        <DigestPreferencesForm
          prefs={{
            enabled: prefs.digestEnabled,
            frequency: prefs.digestFrequency,
            weekday: prefs.digestWeekday,
            hour: prefs.digestHour,
            timeZone: prefs.timeZone,
            size: prefs.digestSize,
          }}
          timeZones={timeZoneChoices(prefs.timeZone)}
        />
        <p className="mt-4 text-sm">
          <Link href="/digests/preview" className="font-medium text-link hover:underline">
            Preview my next digest
          </Link>
        </p>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent digests
        </h2>
        <RecentDigests digests={digests} />
      </section>
    </div>
  );
}
