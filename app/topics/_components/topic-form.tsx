"use client";

import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClass } from "@/components/ui/field";
import { FormError, errorTextClass } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/actions/safe-action";
import { createTopicAction } from "@/lib/actions/topics/create-topic";
import { updateTopicAction } from "@/lib/actions/topics/update-topic";
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
  const [result, save, saving] = useActionState<ActionResult<{ slug: string }> | null>(async () => {
    const saved = topic
      ? await updateTopicAction({ topicId: topic.id, name, query })
      : await createTopicAction({ name, query });
    if (saved.ok) router.push(`/topics/${saved.data.slug}` as Route);
    return saved;
  }, null);
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

  const fieldError = (field: "name" | "query") => (result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined);
  return (
    <form action={save} noValidate className="space-y-5">
      <Field id="topic-name" label="Name" error={fieldError("name")}>
        {(control) => (
          <input
            {...control}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={60}
            className={controlClass}
          />
        )}
      </Field>
      <Field
        id="topic-query"
        label="Keywords"
        error={fieldError("query")}
        hint={
          <>
            Words must all appear; use <code>or</code> between alternatives, &quot;quotes&quot; for phrases and{" "}
            <code>-word</code> to exclude. Example: <code>&quot;4-bit&quot; or int4 -speech</code>
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={TOPIC_QUERY_MAX + 50}
            className={controlClass}
          />
        )}
      </Field>
      <section aria-label="Preview" aria-live="polite" className="rounded-lg bg-zinc-50 p-4 text-sm dark:bg-zinc-900">
        {previewFor.length < 2 ? (
          <p className="text-muted">Type some keywords to see which papers they match.</p>
        ) : preview.isPending ? (
          <p className="text-muted">Looking for matches…</p>
        ) : preview.isError ? (
          <p className={errorTextClass}>{preview.error.message}</p>
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
      <FormError>{result && !result.ok ? result.error : null}</FormError>
      <Button type="submit" pending={saving}>
        {saving ? "Saving…" : topic ? "Save topic" : "Create topic"}
      </Button>
    </form>
  );
}
