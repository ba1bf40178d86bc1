"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState } from "react";
import { type Viewer, personalKeys } from "@/components/personal-state";
import { Button } from "@/components/ui/button";
import { Field, controlClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import type { ActionResult } from "@/lib/actions/safe-action";

export function ProfileForm({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [state, submit, pending] = useActionState<ActionResult<{ name: string }> | null, FormData>(
    async (_previous, formData) => {
      const result = await updateProfileAction(formData);
      // The header's account menu shows the name.
      if (result.ok) {
        queryClient.setQueryData<Viewer | null>(personalKeys.viewer, (viewer) =>
          viewer ? { ...viewer, name: result.data.name || null } : viewer,
        );
      }
      return result;
    },
    null,
  );
  return (
    <form action={submit} className="mt-4 space-y-3">
      <Field id="name" label="Display name">
        {(control) => (
          <input
            {...control}
            name="name"
            defaultValue={state?.ok ? state.data.name : name}
            maxLength={100}
            autoComplete="name"
            className={controlClass}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        {state?.ok ? (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            Saved.
          </p>
        ) : null}
        <FormError>{state && !state.ok ? state.error : null}</FormError>
      </div>
    </form>
  );
}
