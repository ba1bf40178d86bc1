import type { Route } from "next";
import Link from "next/link";
import { SearchAlert } from "@/app/search/_components/search-alert";
import { SearchResultCard } from "@/app/search/_components/search-result-card";
import { SearchTips } from "@/app/search/_components/search-tips";
import { EmptyState } from "@/components/empty-state";
import { PageLimitNote, Pagination } from "@/components/pagination";
import { runSearch } from "@/lib/search/run-search";

const searchHref = (q: string, page: number) =>
  `/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ""}` as Route;

/** One page of results for a valid, non-empty query. */
export async function SearchResults({ q, page }: { q: string; page: number }) {
  const outcome = await runSearch(q, page);
  if (outcome.kind === "refused") return <SearchAlert>{outcome.message}</SearchAlert>;
  const { results, total, more, pageCount } = outcome;

  if (total === 0) {
    return (
      <EmptyState title={`No papers match “${q}”`}>
        <SearchTips />
      </EmptyState>
    );
  }
  return (
    <>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {total.toLocaleString("en")}
        {more ? "+" : ""} {total === 1 ? "result" : "results"} for “{q}”
        {more ? (
          <span className="block text-xs">
            The newest {total.toLocaleString("en")} are ranked; add words to narrow it down.
          </span>
        ) : null}
      </p>
      {results.length === 0 ? (
        <EmptyState title="No results on this page">
          The results fill {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
          <Link href={searchHref(q, 1)} className="font-medium text-link hover:underline">
            Back to the first page
          </Link>
          <PageLimitNote page={page} />
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Search results">
          {results.map((result) => (
            <li key={result.id}>
              <SearchResultCard result={result} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => searchHref(q, p)} />
    </>
  );
}
