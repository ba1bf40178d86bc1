"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
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
      <FormError>{state.error}</FormError>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="rotate" pending={pending}>
          {on ? "Make a new URL" : "Create feed URL"}
        </Button>
        {on ? (
          <Button type="submit" name="intent" value="revoke" variant="danger-secondary" pending={pending}>
            Turn off
          </Button>
        ) : null}
      </div>
      {on ? <p className="text-xs text-muted">A new URL replaces the old one, which stops working at once.</p> : null}
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
      <Field id="feed-url" label="Your private feed URL">
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className={`${controlClass} min-w-0 font-mono text-xs`}
            />
            <Button variant="secondary" onClick={copy} className="shrink-0">
              Copy
            </Button>
          </div>
        )}
      </Field>
      <p role="status" className="mt-1 text-xs text-muted">
        {copied
          ? "Copied."
          : "Copy it now: Paperboy keeps only a fingerprint of it, so it can't show you this URL again."}
      </p>
    </div>
  );
}
