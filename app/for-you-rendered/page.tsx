import type { Metadata, Route } from "next";
import Link from "next/link";
import { ForYouList } from "@/app/for-you/_components/for-you-list";
import { EmptyState } from "@/components/empty-state";
import { PageLimitNote } from "@/components/pagination";
import { SeedPersonalState } from "@/components/personal-state";
import { requireUser } from "@/lib/auth";
import { countFollowed, listForYou } from "@/lib/data/for-you";
import { parsePage } from "@/lib/validations/pagination";
import { viewerOf } from "@/lib/viewer";

export const metadata: Metadata = { title: "For you" };

export default async function ForYouPage({ searchParams }: PageProps<"/for-you">) {
  const user = await requireUser("/for-you");
  const page = parsePage((await searchParams).page);
  const { papers, hasMore } = await listForYou(user.id, page);
  // Only an empty page needs to know why it is empty: no topics followed, or nothing in them yet.
  const followsNothing = papers.length === 0 && (await countFollowed(user.id)) === 0;

  // Rendered for this reader anyway: their state travels with the page, so the view needs no other request.
  const votes = Object.fromEntries(papers.map((p) => [p.id, { upvoted: p.upvoted, count: p.upvoteCount }]));
  return (
    <>
      <SeedPersonalState viewer={viewerOf(user)} votes={votes} />
      <div className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight">For you</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Trending papers from the topics you follow. Each shows why it is here.{" "}
          <Link href="/about/ranking" className="underline">
            How trending works
          </Link>
        </p>
      </div>
      {followsNothing ? (
        <EmptyState title="Follow a few topics to fill this page">
          <Link href="/topics" className="font-medium text-brand-600 hover:underline">
            Pick topics to follow
          </Link>
        </EmptyState>
      ) : papers.length === 0 ? (
        <EmptyState title={page > 1 ? "No more papers" : "Nothing from your topics yet"}>
          <Link href="/topics" className="font-medium text-brand-600 hover:underline">
            Follow more topics
          </Link>
          <PageLimitNote page={page} />
        </EmptyState>
      ) : (
        <ForYouList papers={papers} />
      )}
      <nav aria-label="Pagination" className="mt-8 flex justify-between text-sm">
        {page > 1 ? (
          <Link
            href={(page === 2 ? "/for-you" : `/for-you?page=${page - 1}`) as Route}
            rel="prev"
            className="font-medium"
          >
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={`/for-you?page=${page + 1}` as Route} rel="next" className="font-medium">
            Next →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
