import Link from "next/link";
import { FollowButton } from "@/components/follow-button";

export type CardTopic = {
  id: string;
  slug: string;
  name: string;
  description: string;
  query: string;
  own: boolean;
  papers: number;
  followers: number;
};

/** A topic in the list: its follow button asks for the reader's state itself. Server or client rendered. */
export function TopicCard({ topic }: { topic: CardTopic }) {
  return (
    <article className="flex h-full flex-col justify-between gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div>
        <div className="flex items-start justify-between gap-3">
          <h2 className="font-semibold">
            <Link href={`/topics/${topic.slug}`} className="hover:text-brand-700 dark:hover:text-brand-100">
              {topic.name}
            </Link>
          </h2>
          <FollowButton topicId={topic.id} topicName={topic.name} />
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {topic.own ? <>Your topic: “{topic.query}”</> : topic.description}
        </p>
      </div>
      <p className="text-xs text-muted">
        {count(topic.papers, "paper")} · {count(topic.followers, "follower")}
      </p>
    </article>
  );
}

const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
