import type { Metadata } from "next";
import Link from "next/link";
import { TopicGrid } from "@/app/topics/_components/topic-grid";
import { CreateTopicLink, YourTopics } from "@/app/topics/_components/your-topics";
import { listTopics } from "@/lib/data/topics";

export const topicListMetadata: Metadata = { title: "Topics", alternates: { canonical: "/topics" } };

/** The topic list: the curated topics with their counts; the reader's own and the follow states come after hydration. */
export async function TopicList() {
  const topics = await listTopics(null);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Topics</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Follow topics to shape your feed and your{" "}
            <Link href="/settings/digest" className="underline">
              email digest
            </Link>
            .
          </p>
        </div>
        <CreateTopicLink />
      </div>
      <YourTopics />
      <TopicGrid topics={topics} />
    </>
  );
}
