"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useBrowserTimeZone } from "@/components/use-browser-time-zone";
import { turnOnDigestAction } from "@/lib/actions/digest/turn-on-digest";
import type { ActionResult } from "@/lib/actions/safe-action";

type State = ActionResult<{ schedule: string }> | null;

/** For a signed-in reader without the digest: turns it on in one click (daily at 08:00 their time). */
export function TurnOnDigestButton() {
  const timeZone = useBrowserTimeZone();
  const [state, submit, pending] = useActionState<State, FormData>(
    (_previous, formData) => turnOnDigestAction(formData),
    null,
  );
  if (state?.ok) {
    return (
      <p role="status" className="text-sm">
        Your digest is on: {state.data.schedule}.{" "}
        <Link href="/settings/digest" className="font-medium text-link underline">
          Change it
        </Link>
      </p>
    );
  }
  return (
    <form action={submit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <Button type="submit" pending={pending}>
        {pending ? "Turning on…" : "Turn on the daily digest"}
      </Button>
      <FormError>{state && !state.ok ? state.error : null}</FormError>
    </form>
  );
}
