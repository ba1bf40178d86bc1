import Link from "next/link";
import { SubscribeForm } from "@/components/subscribe-form";
import { TurnOnDigestButton } from "@/components/turn-on-digest-button";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";

const devMailbox = () => env.NODE_ENV !== "production" && !env.SMTP_URL;

/** The digest offer on the home page: subscribe by email, turn it on, or nothing when it is on already. */
export function DigestSignupCard({ user }: { user: SessionUser | null }) {
  if (user?.digestEnabled) return null;
  return (
    <section
      aria-labelledby="digest-signup-heading"
      className="mb-6 rounded-lg border border-brand-600/30 bg-brand-50 p-4 dark:bg-zinc-900"
    >
      <h2 id="digest-signup-heading" className="font-semibold">
        Get trending papers in your inbox
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Once a day, the top papers in the topics you follow, then what is trending. Never the same paper twice; one
        click to stop.
      </p>
      <div className="mt-3">{user ? <TurnOnDigestButton /> : <SubscribeForm devMailbox={devMailbox()} />}</div>
    </section>
  );
}

/** The same offer, smaller, in the footer of every page. */
export function DigestSignupFooter({ user }: { user: SessionUser | null }) {
  return (
    <div className="mx-auto flex max-w-4xl flex-col items-center gap-2 px-4 text-sm text-zinc-600 dark:text-zinc-400">
      {user?.digestEnabled ? (
        <Link href="/settings/digest" className="underline">
          Your digest preferences
        </Link>
      ) : (
        <>
          <p>Get trending papers in your inbox once a day.</p>
          {user ? <TurnOnDigestButton /> : <SubscribeForm devMailbox={devMailbox()} compact />}
        </>
      )}
    </div>
  );
}
