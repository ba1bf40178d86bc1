"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import type { ActionResult } from "@/lib/actions/safe-action";
import { DELETE_CONFIRMATION } from "@/lib/validations/auth";

export function DeleteAccountForm() {
  const [state, submit, pending] = useActionState<ActionResult<unknown> | null, FormData>(
    (_previous, formData) => deleteAccountAction(formData),
    null,
  );
  return (
    <form action={submit} className="mt-4 space-y-3">
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium">
          To confirm, type “{DELETE_CONFIRMATION}”
        </label>
        <input
          id="confirm"
          name="confirm"
          autoComplete="off"
          className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
      >
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
