"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClass, emailControl } from "@/components/ui/field";
import { useBrowserTimeZone } from "@/components/use-browser-time-zone";
import { subscribeToDigestAction } from "@/lib/actions/digest/subscribe-to-digest";
import type { ActionResult } from "@/lib/actions/safe-action";

/** The answer, and the address as typed: React resets a form after its action, and a typo must survive. */
type State = { result: ActionResult<{ email: string }>; typed: string } | null;

/**
 * "Get trending papers in your inbox": an address → a confirmation link by email → an account with the
 * digest on, in this browser's time zone. `devMailbox`: development without SMTP, say where mail lands.
 */
export function SubscribeForm({ devMailbox, compact = false }: { devMailbox: boolean; compact?: boolean }) {
  const id = useId();
  const timeZone = useBrowserTimeZone();
  const [state, submit, pending] = useActionState<State, FormData>(
    async (_previous, formData) => ({
      result: await subscribeToDigestAction(formData),
      typed: String(formData.get("email") ?? ""),
    }),
    null,
  );
  const result = state?.result;

  if (result?.ok) {
    return (
      <p role="status" className="text-sm">
        Almost there: confirm with the link we sent to <strong>{result.data.email}</strong>. It works once, within 10
        minutes.
        {devMailbox ? (
          <>
            {" "}
            <Link href="/dev/mailbox" className="font-medium text-link underline">
              Open the dev mailbox
            </Link>
          </>
        ) : null}
      </p>
    );
  }

  const error = result && !result.ok ? result.error : null;
  return (
    // noValidate: the server's messages are clearer than the browser's, in every browser.
    <form
      key={state ? `${state.typed}:${error}` : "new"}
      action={submit}
      noValidate
      className={compact ? "flex flex-wrap items-start gap-2" : "mt-3"}
    >
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <Field
        id={`${id}-email`}
        label="Email address for the digest"
        labelClassName="sr-only"
        error={error ?? undefined}
        announce
      >
        {(control) => (
          <div className={compact ? "flex gap-2" : "flex flex-col gap-2 sm:flex-row"}>
            <input
              {...control}
              {...emailControl}
              placeholder="you@example.com"
              defaultValue={state?.typed}
              className={`${controlClass} min-w-0 text-sm sm:w-72`}
            />
            <Button type="submit" pending={pending} className="shrink-0">
              {pending ? "Sending…" : "Subscribe"}
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
}
