import type { Metadata } from "next";
import { SearchAlert } from "@/app/search/_components/search-alert";
import { SearchResults } from "@/app/search/_components/search-results";
import { SearchTips } from "@/app/search/_components/search-tips";
import { EmptyState } from "@/components/empty-state";
import { parseSearchParams } from "@/lib/validations/search";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const request = parseSearchParams(await searchParams);
  // Result pages are endless variations of the paper pages: keep them out of search engines.
  return { title: request.kind === "search" ? `Search: ${request.q}` : "Search", robots: { index: false } };
}

/** `/search?q=…&page=N`: the header's search box lands here. */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const request = parseSearchParams(await searchParams);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Search</h1>
      {request.kind === "empty" ? (
        <EmptyState title="Search titles and abstracts">
          <p>Type a few words into the search box at the top of the page.</p>
          <SearchTips />
        </EmptyState>
      ) : request.kind === "invalid" ? (
        <SearchAlert>{request.error}</SearchAlert>
      ) : (
        <SearchResults q={request.q} page={request.page} />
      )}
    </>
  );
}
