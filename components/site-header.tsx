import Link from "next/link";
import { AccountNav, ForYouLink } from "@/components/account-nav";
import { SearchBox } from "@/components/search-box";
import { SEARCH_MAX_LENGTH } from "@/lib/validations/search";

const navLinkClass = "hover:text-zinc-900 dark:hover:text-zinc-100";

const searchIcon = (
  <svg
    aria-hidden
    viewBox="0 0 20 20"
    fill="currentColor"
    className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400"
  >
    <path
      fillRule="evenodd"
      d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
    />
  </svg>
);

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
        <SearchBox
          maxLength={SEARCH_MAX_LENGTH}
          icon={searchIcon}
          className="order-last w-full sm:order-none sm:max-w-xs sm:flex-1"
        />
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
