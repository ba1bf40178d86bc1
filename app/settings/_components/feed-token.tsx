"use client";

import { useActionState, useState } from "react";
import { revokeFeedTokenAction } from "@/lib/actions/account/revoke-feed-token";
import { rotateFeedTokenAction } from "@/lib/actions/account/rotate-feed-token";

// `on` is null until the person acts; until then the server's answer (hasFeed) holds.
type State = { on: boolean | null; url: string | null; error: string | null };

/** Make, replace or turn off the private For you feed URL. A new URL is shown once, right after it is made. */
export function FeedToken({ hasFeed }: { hasFeed: boolean }) {
  const [state, submit, pending] = useActionState<State, FormData>(
    async (previous, formData) => {
      if (formData.get("intent") === "revoke") {
        const result = await revokeFeedTokenAction(undefined);
        return result.ok ? { on: false, url: null, error: null } : { ...previous, error: result.error };
      }
      const result = await rotateFeedTokenAction(undefined);
      return result.ok ? { on: true, url: result.data.url, error: null } : { ...previous, error: result.error };
    },
    { on: null, url: null, error: null },
  );
  const on = state.on ?? hasFeed;

  return (
    <form action={submit} className="mt-4 space-y-3">
      {state.url ? (
        <NewUrl url={state.url} />
      ) : (
        <p className="text-sm">
          {on
            ? "Your private feed is on. Its URL was shown once, when you made it; make a new one if you need it again."
            : "You have no private feed."}
        </p>
      )}
      {state.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          name="intent"
          value="rotate"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {on ? "Make a new URL" : "Create feed URL"}
        </button>
        {on ? (
          <button
            type="submit"
            name="intent"
            value="revoke"
            disabled={pending}
            className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:border-red-600 hover:text-red-700 disabled:opacity-60 dark:border-zinc-700"
          >
            Turn off
          </button>
        ) : null}
      </div>
      {on ? (
        <p className="text-xs text-zinc-500">A new URL replaces the old one, which stops working at once.</p>
      ) : null}
    </form>
  );
}

function NewUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an http page on another host, or permission refused): select it for a manual copy.
      const input = document.getElementById("feed-url");
      if (input instanceof HTMLInputElement) input.select();
    }
  }
  return (
    <div>
      <label htmlFor="feed-url" className="block text-sm font-medium">
        Your private feed URL
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="feed-url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-zinc-300 px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:border-brand-600 dark:border-zinc-700"
        >
          Copy
        </button>
      </div>
      <p role="status" className="mt-1 text-xs text-zinc-500">
        {copied
          ? "Copied."
          : "Copy it now: Paperboy keeps only a fingerprint of it, so it can't show you this URL again."}
      </p>
    </div>
  );
}
