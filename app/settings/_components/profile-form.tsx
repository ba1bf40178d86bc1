"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState } from "react";
import { type Viewer, personalKeys } from "@/components/personal-state";
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
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Display name
        </label>
        <input
          id="name"
          name="name"
          defaultValue={state?.ok ? state.data.name : name}
          maxLength={100}
          autoComplete="name"
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save"}
        </button>
        {state?.ok ? (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            Saved.
          </p>
        ) : null}
        {state && !state.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
