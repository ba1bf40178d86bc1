import type { Metadata, Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { FollowButton } from "@/components/follow-button";
import { PageLimitNote, Pagination } from "@/components/pagination";
import { PaperCard } from "@/components/paper-card";
import { type TopicSummary, listTopicPapers } from "@/lib/data/topics";
import { renderCardText } from "@/lib/math/render";
import { shareMetadata } from "@/lib/seo/share";

export function topicMetadata(topic: TopicSummary | null): Metadata {
  if (!topic) return { title: "Topic not found" };
  // Only curated topics have public feeds (app/feeds/topics): a private topic must not advertise one.
  const feeds = topic.own
    ? undefined
    : {
        types: {
          "application/atom+xml": [{ url: `/feeds/topics/${topic.slug}.atom`, title: `${topic.name} (Atom)` }],
          "application/rss+xml": [{ url: `/feeds/topics/${topic.slug}.rss`, title: `${topic.name} (RSS)` }],
        },
      };
  const share = shareMetadata({
    title: topic.name,
    description: topic.description || `The newest papers on ${topic.name}, on Paperboy.`,
    path: `/topics/${topic.slug}`,
  });
  // A reader's own topic is theirs alone (anyone else gets a 404): never to be indexed.
  return {
    ...share,
    alternates: { ...share.alternates, ...feeds },
    ...(topic.own ? { robots: { index: false } } : {}),
  };
}

/**
 * A topic's page: its papers, newest first. Rendered once for everyone for a curated topic (the cached
 * route), per reader for their own; the follow button asks for the reader's state itself.
 */
export async function TopicView({ topic, page }: { topic: TopicSummary; page: number }) {
  const { papers, pageCount } = await listTopicPapers(topic.id, topic.papers, page);
  return (
    <>
      <Link href="/topics" className="text-sm text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
        ← All topics
      </Link>
      <header className="mt-4 mb-8 flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">{topic.name}</h1>
          {topic.description ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">{topic.description}</p> : null}
          <p className="mt-2 text-xs text-muted">
            {topic.own ? "Your private topic · " : null}Matches “{topic.query}” · {topic.papers.toLocaleString("en")}{" "}
            papers · {topic.followers.toLocaleString("en")} followers
            {topic.own ? null : (
              <>
                {" · "}
                {/* A route handler, not a page: a plain link, so the browser fetches the XML itself. */}
                <a href={`/feeds/topics/${topic.slug}.atom`} className="font-medium text-link hover:underline">
                  Atom feed
                </a>
              </>
            )}
          </p>
        </div>
        <div className="flex items-center gap-3">
          {topic.own ? (
            <Link
              href={`/topics/${topic.slug}/edit` as Route}
              className="text-sm font-medium text-link hover:underline"
            >
              Edit
            </Link>
          ) : null}
          <FollowButton topicId={topic.id} topicName={topic.name} />
        </div>
      </header>
      {papers.length === 0 ? (
        <EmptyState title={topic.papers === 0 ? "No papers match this topic yet" : "No papers on this page"}>
          {topic.papers === 0 ? (
            "New papers are matched as they arrive."
          ) : (
            <>
              <Link href={`/topics/${topic.slug}`}>First page</Link>
              <PageLimitNote page={page} />
            </>
          )}
        </EmptyState>
      ) : (
        <ol aria-label="Papers" className="space-y-4">
          {papers.map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} text={renderCardText(paper)} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(p) => (p === 1 ? `/topics/${topic.slug}` : `/topics/${topic.slug}?page=${p}`) as Route}
      />
    </>
  );
}
