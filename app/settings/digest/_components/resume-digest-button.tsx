"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
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
      <Button type="submit" pending={pending}>
        Resume sending
      </Button>
      <FormError>{state && !state.ok ? state.error : null}</FormError>
    </form>
  );
}
