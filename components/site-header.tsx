import Link from "next/link";
import { SaveBrowserTimeZone } from "@/components/save-browser-time-zone";
import { SearchBox } from "@/components/search-box";
import { SignInLink } from "@/components/sign-in-link";
import { UserMenu } from "@/components/user-menu";
import { getUser } from "@/lib/auth";
import { SEARCH_MAX_LENGTH } from "@/lib/validations/search";

/** The header on every page. On narrow screens the search box gets a row of its own below the rest. */
export async function SiteHeader() {
  const user = await getUser();
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 sm:h-14 sm:flex-nowrap sm:py-0">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
            P
          </span>
          Paperboy
        </Link>
        <SearchBox maxLength={SEARCH_MAX_LENGTH} className="order-last w-full sm:order-none sm:max-w-xs sm:flex-1" />
        <nav aria-label="Main" className="flex items-center gap-4 text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/" className="hover:text-zinc-900 dark:hover:text-zinc-100">
            Papers
          </Link>
          {user ? (
            <Link href="/for-you" className="hover:text-zinc-900 dark:hover:text-zinc-100">
              For you
            </Link>
          ) : null}
          <Link href="/topics" className="hover:text-zinc-900 dark:hover:text-zinc-100">
            Topics
          </Link>
          {user ? (
            <UserMenu user={user} />
          ) : (
            <SignInLink className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700" />
          )}
        </nav>
      </div>
      {user && !user.timeZone ? <SaveBrowserTimeZone /> : null}
    </header>
  );
}
