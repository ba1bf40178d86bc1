import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { GITHUB_EMAIL_UNVERIFIED } from "@/lib/auth/github";
import { MAGIC_LINK_LIFETIME } from "@/lib/auth/magic-link";
import { firstValue } from "@/lib/validations/search-params";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

// Auth.js error codes (https://authjs.dev/reference/core/errors) in words a person can act on.
const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "That sign-in link doesn't work",
    body: `It has expired, was already used, or was changed along the way. Sign-in links work once, for ${MAGIC_LINK_LIFETIME}. Ask for a new one.`,
  },
  OAuthAccountNotLinked: {
    title: "Sign in the way you did before",
    body: "An account with this email already exists and signs in by email link. We don't join accounts automatically: sign in with your email instead.",
  },
  AccessDenied: { title: "Sign-in was refused", body: "You don't have access with that account." },
  [GITHUB_EMAIL_UNVERIFIED]: {
    title: "Verify your email on GitHub first",
    body: "We sign you in with GitHub only when GitHub has verified your account's primary email address. Verify it in GitHub's email settings and try again, or sign in with an email link instead.",
  },
};
const FALLBACK = { title: "Couldn't sign you in", body: "Something went wrong on our side. Please try again." };

export default async function AuthErrorPage({ searchParams }: PageProps<"/auth/error">) {
  const { error } = await searchParams;
  const { title, body } = MESSAGES[firstValue(error) ?? ""] ?? FALLBACK;
  return (
    <div className="mx-auto max-w-sm py-12 text-center">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{body}</p>
      <Link href="/signin" className={buttonClass({ className: "mt-6 inline-block" })}>
        Get a new sign-in link
      </Link>
    </div>
  );
}
