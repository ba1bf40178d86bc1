"use client";

import Link from "next/link";
import { useViewer } from "@/components/personal-state";
import { SubscribeForm } from "@/components/subscribe-form";
import { TurnOnDigestButton } from "@/components/turn-on-digest-button";

type Props = { devMailbox: boolean };

/**
 * The digest offer on the home page: subscribe by email (visitors), turn it on (readers without it), or
 * nothing (readers with it). The page is cached for everyone, so the reader is known only after hydration;
 * until then visitors' offer is shown, which is what most people who see the page get.
 */
export function DigestSignupCard({ devMailbox }: Props) {
  const viewer = useViewer();
  if (viewer?.digestEnabled) return null;
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
      <div className="mt-3">{viewer ? <TurnOnDigestButton /> : <SubscribeForm devMailbox={devMailbox} />}</div>
    </section>
  );
}

/** The same offer, smaller, in the footer of every page. */
export function DigestSignupFooter({ devMailbox }: Props) {
  const viewer = useViewer();
  return (
    <div className="mx-auto flex max-w-4xl flex-col items-center gap-2 px-4 text-sm text-zinc-600 dark:text-zinc-400">
      {viewer?.digestEnabled ? (
        <Link href="/settings/digest" className="underline">
          Your digest preferences
        </Link>
      ) : (
        <>
          <p>Get trending papers in your inbox once a day.</p>
          {viewer ? <TurnOnDigestButton /> : <SubscribeForm devMailbox={devMailbox} compact />}
        </>
      )}
    </div>
  );
}
