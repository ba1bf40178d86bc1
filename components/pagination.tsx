import type { Route } from "next";
import Link from "next/link";
import { MAX_PAGE } from "@/lib/validations/pagination";

type Props = { page: number; pageCount: number; href: (page: number) => Route };

/** Previous / next links with the position between them; hidden when everything fits on one page. */
export function Pagination({ page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
  const linkClass =
    "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900";
  const disabledClass = "rounded-md px-3 py-1.5 text-sm text-zinc-400";
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← Previous
        </Link>
      ) : (
        <span aria-hidden className={disabledClass}>
          ← Previous
        </span>
      )}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          Next →
        </Link>
      ) : (
        <span aria-hidden className={disabledClass}>
          Next →
        </span>
      )}
    </nav>
  );
}

/** Said on an empty page past MAX_PAGE, so an edited URL learns why instead of seeing an empty list. */
export function PageLimitNote({ page }: { page: number }) {
  if (page <= MAX_PAGE) return null;
  return <p className="mt-1">Lists stop at page {MAX_PAGE}.</p>;
}
