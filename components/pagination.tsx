import type { Route } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { MAX_PAGE } from "@/lib/validations/pagination";

/** `pageCount` when the list's length is known; `hasMore` when only whether a next page exists is (For you). */
type Props = { page: number; href: (page: number) => Route } & ({ pageCount: number } | { hasMore: boolean });

/** Previous / next links with the position between them; hidden when everything fits on one page. */
export function Pagination({ page, href, ...length }: Props) {
  const hasNext = "hasMore" in length ? length.hasMore : page < length.pageCount;
  if (page <= 1 && !hasNext) return null;
  const linkClass = buttonClass({ variant: "secondary", size: "sm", className: "text-sm" });
  const disabledClass = "rounded-md px-3 py-1.5 text-sm text-muted";
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
        Page {page}
        {"pageCount" in length ? ` of ${length.pageCount}` : null}
      </span>
      {hasNext ? (
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
