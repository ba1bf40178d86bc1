import type { Metadata } from "next";
import Link from "next/link";
import { TopicCard } from "@/app/topics/_components/topic-card";
import { getUser } from "@/lib/auth";
import { listTopics } from "@/lib/data/topics";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const user = await getUser();
  const topics = await listTopics(user?.id ?? null);
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
        {user ? (
          <Link
            href="/topics/new"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          >
            Create your own topic
          </Link>
        ) : null}
      </div>
      <ul aria-label="Topics" className="grid gap-3 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.id}>
            <TopicCard topic={topic} signedIn={!!user} />
          </li>
        ))}
      </ul>
    </>
  );
}
