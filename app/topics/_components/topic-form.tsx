"use client";

import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { createTopicAction } from "@/lib/actions/topics/create-topic";
import { updateTopicAction } from "@/lib/actions/topics/update-topic";
import type { ActionResult } from "@/lib/actions/safe-action";
import { TOPIC_QUERY_MAX } from "@/lib/validations/topics";

type Preview = { count: number; more: boolean; papers: { id: string; title: string }[]; note?: string };

async function fetchPreview(q: string, signal: AbortSignal): Promise<Preview> {
  const response = await fetch(`/api/topics/preview?${new URLSearchParams({ q })}`, { signal });
  const body = (await response.json()) as Preview & { error?: string };
  if (!response.ok) throw new Error(body.error ?? "Preview unavailable");
  return body;
}

/** Create or edit a keyword topic, with a live preview of the papers the query matches. */
export function TopicForm({ topic }: { topic?: { id: string; name: string; query: string } }) {
  const router = useRouter();
  const [name, setName] = useState(topic?.name ?? "");
  const [query, setQuery] = useState(topic?.query ?? "");
  const [result, setResult] = useState<ActionResult<{ slug: string }> | null>(null);
  const [saving, startSaving] = useTransition();
  // Debounce: only ask for a preview once typing pauses.
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), 300);
    return () => clearTimeout(timer);
  }, [query]);
  const previewFor = settled;
  const preview = useQuery({
    queryKey: ["topic-preview", previewFor],
    queryFn: ({ signal }) => fetchPreview(previewFor, signal),
    enabled: previewFor.length >= 2,
    retry: false,
  });

  function save(event: React.FormEvent) {
    event.preventDefault();
    startSaving(async () => {
      const saved = topic
        ? await updateTopicAction({ topicId: topic.id, name, query })
        : await createTopicAction({ name, query });
      setResult(saved);
      if (saved.ok) router.push(`/topics/${saved.data.slug}` as Route);
    });
  }

  const fieldError = (field: "name" | "query") => (result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined);
  const inputClass =
    "mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <form onSubmit={save} noValidate className="space-y-5">
      <div>
        <label htmlFor="topic-name" className="block text-sm font-medium">
          Name
        </label>
        <input
          id="topic-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          className={inputClass}
        />
        {fieldError("name") ? (
          <p className="mt-1 text-sm text-red-700 dark:text-red-400">{fieldError("name")}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="topic-query" className="block text-sm font-medium">
          Keywords
        </label>
        <input
          id="topic-query"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          maxLength={TOPIC_QUERY_MAX + 50}
          aria-describedby="topic-query-help"
          className={inputClass}
        />
        <p id="topic-query-help" className="mt-1 text-xs text-zinc-500">
          Words must all appear; use <code>or</code> between alternatives, &quot;quotes&quot; for phrases and{" "}
          <code>-word</code> to exclude. Example: <code>&quot;4-bit&quot; or int4 -speech</code>
        </p>
        {fieldError("query") ? (
          <p className="mt-1 text-sm text-red-700 dark:text-red-400">{fieldError("query")}</p>
        ) : null}
      </div>
      <section aria-label="Preview" aria-live="polite" className="rounded-lg bg-zinc-50 p-4 text-sm dark:bg-zinc-900">
        {previewFor.length < 2 ? (
          <p className="text-zinc-500">Type some keywords to see which papers they match.</p>
        ) : preview.isPending ? (
          <p className="text-zinc-500">Looking for matches…</p>
        ) : preview.isError ? (
          <p className="text-red-700 dark:text-red-400">{preview.error.message}</p>
        ) : (
          <>
            <p className="font-medium">
              {preview.data.note ??
                `${preview.data.count.toLocaleString("en")}${preview.data.more ? "+" : ""} matching papers`}
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {preview.data.papers.map((paper) => (
                <li key={paper.id}>
                  <Link href={`/papers/${paper.id}`} className="hover:underline" target="_blank">
                    {paper.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {result && !result.ok ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {result.error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={saving}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {saving ? "Saving…" : topic ? "Save topic" : "Create topic"}
      </button>
    </form>
  );
}
