import type { Metadata } from "next";
import { TopicForm } from "@/app/topics/_components/topic-form";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "New topic" };

export default async function NewTopicPage() {
  await requireUser("/topics/new");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">Create your own topic</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        A private topic made of keywords. Only you can see it; you follow it automatically.
      </p>
      <TopicForm />
    </div>
  );
}
