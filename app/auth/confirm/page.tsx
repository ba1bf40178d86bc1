import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { pendingLinkAddress } from "@/lib/data/pending-link";
import { env } from "@/lib/env";
import { firstValue } from "@/lib/validations/search-params";

// The page a magic link opens. Mail scanners fetch links (GET) to check them; signing in only on this
// page's POST means a scanner's visit cannot use the link up. No referrer: the URL holds the token.
// The address shown is the one the link was made for (looked up, not used up); a link that no longer works
// says so here, before anyone presses a button.
export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer", robots: { index: false } };

export default async function ConfirmSignInPage({ searchParams }: PageProps<"/auth/confirm">) {
  const params = await searchParams;
  const token = firstValue(params.token);
  if (!token) {
    return (
      <div className="mx-auto max-w-sm py-12 text-center">
        <h1 className="text-2xl font-bold tracking-tight">This link is incomplete</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Copy the whole link from the email, or ask for a new one.
        </p>
        <Link href="/signin" className="mt-6 inline-block font-medium text-link hover:underline">
          Go to sign in
        </Link>
      </div>
    );
  }

  const email = await pendingLinkAddress(token, firstValue(params.email));
  if (!email) redirect("/auth/error?error=Verification");

  const callbackUrl = safeCallbackPath(firstValue(params.callbackUrl), env.APP_URL);
  const action = `/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl, token, email })}`;
  // Wording only: whether the link subscribes was recorded with its token when it was sent.
  const digest = firstValue(params.purpose) === "digest";
  return (
    <div className="mx-auto max-w-sm py-12 text-center">
      <h1 className="text-2xl font-bold tracking-tight">{digest ? "Confirm your digest" : "Sign in to Paperboy"}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {digest ? "Send trending papers to " : "Continue as "}
        <strong className="text-zinc-900 dark:text-zinc-100">{email}</strong>?
      </p>
      <form method="post" action={action} className="mt-6">
        <Button type="submit" className="w-full">
          {digest ? "Confirm and subscribe" : "Sign in"}
        </Button>
      </form>
      <p className="mt-4 text-xs text-muted">
        Not you? Close this page; nothing happens until you press {digest ? "Confirm" : "Sign in"}.
      </p>
    </div>
  );
}
