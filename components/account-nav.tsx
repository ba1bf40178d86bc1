"use client";

import Link from "next/link";
import { useViewer } from "@/components/personal-state";
import { SaveBrowserTimeZone } from "@/components/save-browser-time-zone";
import { SignInLink } from "@/components/sign-in-link";
import { buttonClass } from "@/components/ui/button";
import { UserMenu } from "@/components/user-menu";

/** "For you", once the reader is known to be signed in. */
export function ForYouLink({ className }: { className: string }) {
  return useViewer() ? (
    <Link href="/for-you" className={className}>
      For you
    </Link>
  ) : null;
}

/**
 * The header's personal end: the account menu for a reader, "Sign in" for a visitor. The page
 * around it is the same for everyone, so until /api/me answers it holds the place without guessing; without
 * JavaScript it offers "Sign in" (a signed-in reader without JavaScript still reaches everything by URL).
 */
export function AccountNav() {
  const viewer = useViewer();
  if (viewer === undefined) {
    return (
      <>
        <span aria-hidden className="inline-block h-8 w-16" data-testid="account-pending" />
        <noscript>
          <Link href="/signin" className={signInClass}>
            Sign in
          </Link>
        </noscript>
      </>
    );
  }
  if (!viewer) return <SignInLink className={signInClass} />;
  return (
    <>
      <UserMenu viewer={viewer} />
      {viewer.timeZone ? null : <SaveBrowserTimeZone />}
    </>
  );
}

const signInClass = buttonClass({ size: "sm" });
