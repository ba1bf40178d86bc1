"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** "Sign in", coming back to the page it was clicked on. */
export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const href =
    pathname === "/" || pathname.startsWith("/signin")
      ? "/signin"
      : `/signin?callbackUrl=${encodeURIComponent(pathname)}`;
  return (
    <Link href={href as Route} className={className}>
      Sign in
    </Link>
  );
}
