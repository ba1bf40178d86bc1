import type { Metadata } from "next";
import Link from "next/link";
import { FeedControls, feedHref } from "@/app/(home)/_components/feed-controls";
import { DigestSignupCard } from "@/components/digest-signup";
import { EmptyState } from "@/components/empty-state";
import { PageLimitNote, Pagination } from "@/components/pagination";
import { PaperCard } from "@/components/paper-card";
import { getUser } from "@/lib/auth";
import { listFeed } from "@/lib/data/feed";
import { listTopicChoices } from "@/lib/data/topics";
import { feedParamsSchema } from "@/lib/validations/feed";

export const metadata: Metadata = {
  title: { absolute: "Paperboy — follow research papers" },
  alternates: {
    types: {
      "application/atom+xml": [{ url: "/feeds/trending.atom", title: "Trending on Paperboy (Atom)" }],
      "application/rss+xml": [{ url: "/feeds/trending.rss", title: "Trending on Paperboy (RSS)" }],
    },
  },
};

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const raw = await searchParams;
  const params = feedParamsSchema.parse(raw);
  const user = await getUser();
  const topics = await listTopicChoices(user?.id ?? null);
  const topic = params.topic ? topics.find((t) => t.slug === params.topic) : undefined;
  const { papers, total, pageCount } = await listFeed({
    view: params.view,
    period: params.period,
    topicId: topic?.id,
    page: params.page,
    userId: user?.id ?? null,
  });

  return (
    <>
      {raw.deleted === "1" ? (
        <p role="status" className="mb-6 rounded-md bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900">
          Your account has been deleted, along with everything it held.
        </p>
      ) : null}
      <DigestSignupCard user={user} />
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Papers</h1>
        {total > 0 ? (
          <p className="text-sm text-zinc-500">
            {total.toLocaleString("en")} {total === 1 ? "paper" : "papers"}
          </p>
        ) : null}
      </div>
      <FeedControls params={{ ...params, topic: topic?.slug }} topics={topics} />
      {params.view === "trending" ? (
        <p className="-mt-3 mb-5 text-xs text-zinc-500">
          Ranked by votes and freshness.{" "}
          <Link href="/about/ranking" className="underline">
            How trending works
          </Link>
        </p>
      ) : null}
      {total === 0 ? (
        <EmptyState title={params.topic || params.view === "top" ? "Nothing here yet" : "No papers yet"}>
          {params.topic || params.view === "top" ? (
            <Link href="/" className="font-medium text-brand-600 hover:underline">
              See everything that is trending
            </Link>
          ) : (
            <>
              Papers appear here as soon as they are added. Load the sample with <code>npm run db:seed</code>.
            </>
          )}
        </EmptyState>
      ) : papers.length === 0 ? (
        <EmptyState title="No papers on this page">
          The list has {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
          <Link href={feedHref({ ...params, page: 1 })} className="font-medium text-brand-600 hover:underline">
            Back to the first page
          </Link>
          <PageLimitNote page={params.page} />
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Papers">
          {papers.map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} vote={{ upvoted: paper.upvoted, count: paper.upvoteCount, signedIn: !!user }} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={params.page} pageCount={pageCount} href={(p) => feedHref({ ...params, page: p })} />
    </>
  );
}
