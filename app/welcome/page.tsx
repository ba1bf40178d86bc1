import type { Metadata, Route } from "next";
import Link from "next/link";
import { FollowButton } from "@/components/follow-button";
import { SeedPersonalState } from "@/components/personal-state";
import { TurnOnDigestButton } from "@/components/turn-on-digest-button";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getDigestPreferences } from "@/lib/data/digests";
import { listTopics } from "@/lib/data/topics";
import { scheduleLabel } from "@/lib/digest/compose";
import { DEFAULT_TIME_ZONE } from "@/lib/digest/time-zone";
import { env } from "@/lib/env";
import { firstValue } from "@/lib/validations/search-params";
import { viewerOf } from "@/lib/viewer";

export const metadata: Metadata = { title: "Welcome" };

// Auth.js sends people here after their first sign-in (pages.newUser), with where they were going.
export default async function WelcomePage({ searchParams }: PageProps<"/welcome">) {
  const { callbackUrl: raw } = await searchParams;
  const next = safeCallbackPath(firstValue(raw), env.APP_URL);
  const user = await requireUser(`/welcome?callbackUrl=${encodeURIComponent(next)}`);
  const [topics, prefs] = await Promise.all([
    listTopics(user.id).then((all) => all.filter((topic) => !topic.own)),
    getDigestPreferences(user.id),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <SeedPersonalState
        viewer={viewerOf(user)}
        following={Object.fromEntries(topics.map((topic) => [topic.id, topic.following]))}
      />
      <h1 className="text-2xl font-bold tracking-tight">Welcome to Paperboy</h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Pick a few topics to follow. They shape your “For you” list and your{" "}
        <Link href="/settings/digest" className="underline">
          digest
        </Link>
        ; you can change them any time.
      </p>
      <div className="mt-4 rounded-lg border border-brand-600/30 bg-brand-50 p-4 text-sm dark:bg-zinc-900">
        {prefs?.digestEnabled ? (
          <p>
            Your digest is on:{" "}
            {scheduleLabel({
              timeZone: prefs.timeZone ?? DEFAULT_TIME_ZONE,
              frequency: prefs.digestFrequency,
              weekday: prefs.digestWeekday,
              hour: prefs.digestHour,
            })}
            .{" "}
            <Link href="/settings/digest" className="font-medium text-link underline">
              Change it
            </Link>
          </p>
        ) : (
          <>
            <p className="mb-3">Get the top papers in your topics by email, once a day.</p>
            <TurnOnDigestButton />
          </>
        )}
      </div>
      <ul aria-label="Topics to follow" className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800">
        {topics.map((topic) => (
          <li key={topic.id} className="flex items-start justify-between gap-4 py-3">
            <div>
              <p className="font-medium">{topic.name}</p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{topic.description}</p>
            </div>
            <FollowButton topicId={topic.id} topicName={topic.name} />
          </li>
        ))}
      </ul>
      <div className="mt-8 flex justify-end">
        <Link href={next as Route} className={buttonClass()}>
          Continue
        </Link>
      </div>
    </div>
  );
}
