"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteTopicAction } from "@/lib/actions/topics/delete-topic";

export function DeleteTopicButton({ topicId, topicName }: { topicId: string; topicName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function remove() {
    if (!window.confirm(`Delete “${topicName}”? This cannot be undone.`)) return;
    start(async () => {
      const result = await deleteTopicAction({ topicId });
      if (result.ok) router.push("/topics");
      else setError(result.error);
    });
  }
  return (
    <>
      <button
        type="button"
        onClick={remove}
        disabled={pending}
        className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
      >
        {pending ? "Deleting…" : "Delete topic"}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </>
  );
}
