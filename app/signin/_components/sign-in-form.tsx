"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClass, emailControl } from "@/components/ui/field";
import { requestMagicLinkAction } from "@/lib/actions/auth/request-magic-link";
import type { ActionResult } from "@/lib/actions/safe-action";
import { MAGIC_LINK_LIFETIME } from "@/lib/auth/magic-link";

type State = ActionResult<{ email: string }> | null;

/** `devMailbox`: mail is not really sent (development without SMTP_URL); say where to read it. */
export function SignInForm({ callbackUrl, devMailbox }: { callbackUrl: string; devMailbox: boolean }) {
  const [state, submit, pending] = useActionState<State, FormData>(
    (_previous, formData) => requestMagicLinkAction(formData),
    null,
  );

  if (state?.ok) {
    return (
      // Takes the focus from the form it replaces, which would otherwise fall to <body>.
      <div
        role="status"
        tabIndex={-1}
        ref={(node) => node?.focus()}
        className="mt-8 rounded-lg border border-brand-600/30 bg-brand-50 p-4 dark:bg-zinc-900"
      >
        <h2 className="font-semibold">Check your inbox</h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          If <strong>{state.data.email}</strong> can receive email, a sign-in link is on its way. It works once and
          expires in {MAGIC_LINK_LIFETIME}.
        </p>
        {devMailbox ? (
          <p className="mt-3 text-sm">
            Development mode: mail is not sent.{" "}
            <Link href="/dev/mailbox" className="font-medium text-link underline">
              Open the dev mailbox
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    // noValidate: our server-side checks give clearer messages than the browser's, in every browser.
    <form action={submit} noValidate className="mt-8 space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label="Email" error={state && !state.ok ? state.error : undefined} announce>
        {(control) => <input {...control} {...emailControl} required className={`${controlClass} text-base`} />}
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
