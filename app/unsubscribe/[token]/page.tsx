import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubscriptionToggle } from "@/app/unsubscribe/[token]/_components/subscription-toggle";
import { maskEmail, subscriptionByToken } from "@/lib/digest/unsubscribe";

// The unsubscribe link of every digest. Opening it (a GET, which mail scanners do too) changes nothing:
// it shows one button. The button, like a mail client's one-click unsubscribe, POSTs to this same URL
// (handled by app/api/unsubscribe/[token]). No sign-in needed; no referrer, since the URL is the key.
export const metadata: Metadata = {
  title: "Unsubscribe",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};
export const dynamic = "force-dynamic";

export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  const subscription = await subscriptionByToken(token);
  if (!subscription.valid) notFound();

  return (
    <div className="mx-auto max-w-md py-6 text-center sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight">The Paperboy digest</h1>
      {subscription.email ? (
        <>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            For <strong className="text-zinc-900 dark:text-zinc-100">{maskEmail(subscription.email)}</strong>
          </p>
          <SubscriptionToggle token={token} subscribed={subscription.subscribed} suppressed={subscription.suppressed} />
          <p className="mt-8 text-sm text-zinc-600 dark:text-zinc-400">
            Rather get it less often, at another hour or with fewer papers?{" "}
            <Link href="/settings/digest" className="font-medium text-link hover:underline">
              Digest preferences
            </Link>
          </p>
        </>
      ) : (
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">
          This account no longer exists, so no digest will be sent to it.
        </p>
      )}
    </div>
  );
}
