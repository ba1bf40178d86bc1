import Link from "next/link";
import { AccountNav, ForYouLink } from "@/components/account-nav";
import { SearchBox } from "@/components/search-box";
import { SEARCH_MAX_LENGTH } from "@/lib/validations/search";

const navLinkClass = "hover:text-zinc-900 dark:hover:text-zinc-100";

/**
 * The header on every page, the same for everyone (so pages around it can be cached): who is signed in is
 * filled in by the browser (AccountNav). On narrow screens the search box gets a row of its own.
 */
export function SiteHeader() {
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
          <Link href="/" className={navLinkClass}>
            Papers
          </Link>
          <ForYouLink className={navLinkClass} />
          <Link href="/topics" className={navLinkClass}>
            Topics
          </Link>
          <AccountNav />
        </nav>
      </div>
    </header>
  );
}
