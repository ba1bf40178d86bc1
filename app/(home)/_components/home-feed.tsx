import Link from "next/link";
import { DeletedAccountNotice } from "@/app/(home)/_components/deleted-account-notice";
import { FeedControls, feedHref } from "@/app/(home)/_components/feed-controls";
import { DigestSignupCard } from "@/components/digest-signup";
import { EmptyState } from "@/components/empty-state";
import { PageLimitNote, Pagination } from "@/components/pagination";
import { PaperCard } from "@/components/paper-card";
import { PaperListItem } from "@/components/paper-list-item";
import { listFeedCards } from "@/lib/data/feed";
import type { TopicChoice } from "@/lib/data/topics";
import { devMailboxInUse } from "@/lib/env";
import { renderCardText } from "@/lib/math/render";
import type { FeedParams } from "@/lib/validations/feed";

type Props = {
  params: FeedParams;
  /** The topic filter's choices: the curated ones, plus the reader's own on their own topic's list. */
  topics: TopicChoice[];
  /** Set only where the page is rendered for one reader (their own topic's list). */
  userId: string | null;
};

/**
 * The home page: Trending / New / Top, optionally within one topic. Rendered once for everyone (the cached
 * route) except for a reader's own topic; the reader's votes and hidden papers come after hydration.
 */
export async function HomeFeed({ params, topics, userId }: Props) {
  const topic = params.topic ? topics.find((t) => t.slug === params.topic) : undefined;
  const { papers, total, pageCount } = await listFeedCards({
    view: params.view,
    period: params.period,
    topicId: topic?.id,
    page: params.page,
    userId,
  });

  return (
    <>
      <DeletedAccountNotice />
      <DigestSignupCard devMailbox={devMailboxInUse()} />
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Papers</h1>
        {total > 0 ? (
          <p className="text-sm text-muted">
            {total.toLocaleString("en")} {total === 1 ? "paper" : "papers"}
          </p>
        ) : null}
      </div>
      <FeedControls params={{ ...params, topic: topic?.slug }} topics={topics} />
      {params.view === "trending" ? (
        <p className="-mt-3 mb-5 text-xs text-muted">
          Ranked by votes and freshness.{" "}
          <Link href="/about/ranking" className="underline">
            How trending works
          </Link>
        </p>
      ) : null}
      {total === 0 ? (
        <EmptyState title={params.topic || params.view === "top" ? "Nothing here yet" : "No papers yet"}>
          {params.topic || params.view === "top" ? (
            <Link href="/" className="font-medium text-link hover:underline">
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
          <Link href={feedHref({ ...params, page: 1 })} className="font-medium text-link hover:underline">
            Back to the first page
          </Link>
          <PageLimitNote page={params.page} />
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Papers">
          {papers.map((paper) => (
            <PaperListItem key={paper.id} paperId={paper.id}>
              <PaperCard paper={paper} text={renderCardText(paper)} vote={{ count: paper.upvoteCount }} />
            </PaperListItem>
          ))}
        </ol>
      )}
      <Pagination page={params.page} pageCount={pageCount} href={(p) => feedHref({ ...params, page: p })} />
    </>
  );
}
