"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
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
      <Field id="confirm" label={<>To confirm, type “{DELETE_CONFIRMATION}”</>}>
        {(control) => <input {...control} name="confirm" autoComplete="off" className={controlClass} />}
      </Field>
      <FormError>{state && !state.ok ? state.error : null}</FormError>
      <Button type="submit" variant="danger" pending={pending}>
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
