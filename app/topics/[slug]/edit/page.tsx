import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteTopicButton } from "@/app/topics/_components/delete-topic-button";
import { TopicForm } from "@/app/topics/_components/topic-form";
import { requireUser } from "@/lib/auth";
import { getTopic } from "@/lib/data/topics";
import { segmentOrNotFound } from "@/lib/route-params";
import { topicSlugSchema } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Edit topic" };

export default async function EditTopicPage({ params }: PageProps<"/topics/[slug]/edit">) {
  const slug = segmentOrNotFound(topicSlugSchema, (await params).slug);
  const user = await requireUser(`/topics/${slug}/edit`);
  const topic = await getTopic(slug, user.id);
  if (!topic?.own) notFound(); // curated topics, and other people's, are not yours to edit
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <div>
        <h1 className="mb-6 text-2xl font-bold tracking-tight">Edit “{topic.name}”</h1>
        <TopicForm topic={{ id: topic.id, name: topic.name, query: topic.query }} />
      </div>
      <section aria-labelledby="delete-topic" className="rounded-lg border border-red-300 p-5 dark:border-red-900">
        <h2 id="delete-topic" className="font-semibold text-red-700 dark:text-red-400">
          Delete this topic
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">Papers stay; only the topic goes.</p>
        <DeleteTopicButton topicId={topic.id} topicName={topic.name} />
      </section>
    </div>
  );
}
