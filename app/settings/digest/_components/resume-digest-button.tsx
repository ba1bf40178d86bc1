"use client";

import { useActionState } from "react";
import { resumeDigestAction } from "@/lib/actions/digest/resume-digest";
import type { ActionResult } from "@/lib/actions/safe-action";

/** "My address works again": lifts the pause a bounce put on the digest. */
export function ResumeDigestButton() {
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(
    () => resumeDigestAction(undefined),
    null,
  );
  return (
    <form action={submit} className="mt-3 flex items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Resume sending
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
