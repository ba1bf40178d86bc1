"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/auth/callback-url";

/** "Sign in", coming back to the page it was clicked on. */
export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const href = pathname === "/" || pathname.startsWith("/signin") ? "/signin" : signInHref(pathname);
  return (
    <Link href={href} className={className}>
      Sign in
    </Link>
  );
}
