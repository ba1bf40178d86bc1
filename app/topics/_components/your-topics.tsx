"use client";

import Link from "next/link";
import { TopicCard } from "@/app/topics/_components/topic-card";
import { useOwnTopics, useViewer } from "@/components/personal-state";
import { buttonClass } from "@/components/ui/button";

/** The topic list's personal part: "Create your own topic" and the reader's own topics, after hydration. */
export function CreateTopicLink() {
  return useViewer() ? (
    <Link href="/topics/new" className={buttonClass({ size: "sm", className: "text-sm" })}>
      Create your own topic
    </Link>
  ) : null;
}

export function YourTopics() {
  const own = useOwnTopics();
  if (!own?.length) return null;
  return (
    <section aria-labelledby="your-topics" className="mb-8">
      <h2 id="your-topics" className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">
        Your topics
      </h2>
      <ul aria-label="Your topics" className="grid gap-3 sm:grid-cols-2">
        {own.map((topic) => (
          <li key={topic.id}>
            <TopicCard topic={topic} />
          </li>
        ))}
      </ul>
    </section>
  );
}
