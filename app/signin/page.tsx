import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/signin/_components/sign-in-form";
import { Button } from "@/components/ui/button";
import { signInWithGitHubAction } from "@/lib/actions/auth/sign-in-with-github";
import { getUser } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { devMailboxInUse, env, githubAuth } from "@/lib/env";
import { firstValue } from "@/lib/validations/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = safeCallbackPath(firstValue(raw), env.APP_URL);
  if (await getUser()) redirect(callbackUrl as Route);

  return (
    <div className="mx-auto max-w-sm py-6 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight">Sign in to Paperboy</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Follow topics, upvote papers and get a daily digest of them by email (you choose, in Settings → Digest). New
        here? Signing in creates your account.
      </p>
      <SignInForm callbackUrl={callbackUrl} devMailbox={devMailboxInUse()} />
      {githubAuth ? (
        <form action={signInWithGitHubAction} className="mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" className="w-full">
            Continue with GitHub
          </Button>
        </form>
      ) : null}
    </div>
  );
}
