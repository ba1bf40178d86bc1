"use client";

import Link from "next/link";
import type { Viewer } from "@/components/personal-state";
import { signOutAction } from "@/lib/actions/auth/sign-out";

/** The signed-in reader's menu (shown once /api/me has said who they are): a native disclosure. */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const label = viewer.name || viewer.email || "Account";
  return (
    <details className="relative">
      <summary
        aria-label={`Account menu for ${label}`}
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-900"
      >
        {/* The initial is drawn by CSS, not written as text: the summary's text is then only the name, which its
            label contains, as a label must hold what is visible (axe label-content-name-mismatch). */}
        <span
          aria-hidden
          data-initial={label.slice(0, 1)}
          className="grid size-7 place-items-center rounded-full bg-zinc-200 text-xs font-semibold uppercase before:content-[attr(data-initial)] dark:bg-zinc-800"
        />
        <span className="hidden max-w-40 truncate sm:inline">{label}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-48 rounded-md border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
        <Link href="/settings" className="block px-4 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-900">
          Settings
        </Link>
        <form
          action={async () => {
            await signOutAction();
            // A full load on purpose, not router.push: every trace of this reader leaves the browser's memory.
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination
            window.location.assign("/");
          }}
        >
          <button type="submit" className="block w-full px-4 py-2 text-left hover:bg-zinc-100 dark:hover:bg-zinc-900">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
