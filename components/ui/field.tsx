import type { ReactNode } from "react";
import { errorTextClass } from "@/components/ui/form-error";

export const controlClass =
  "block w-full rounded-md border border-zinc-300 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900";

/** An email address control (sign-in, subscribe): one set of attributes for mobile keyboards and autofill. */
export const emailControl = {
  name: "email",
  type: "email",
  inputMode: "email",
  autoComplete: "email",
  maxLength: 320,
} as const;

/** What Field hands its control: the id its label points at and the texts that describe it. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The error is the form's only message (one-field forms): announce it as it appears. */
  announce?: boolean;
  labelClassName?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A label, its control, a hint and an error, wired for assistive technology: the label names the control,
 * the hint and the error describe it, and an error marks it invalid. The control is the caller's (an
 * input, a select, an input with a button beside it), rendered with the props it is given.
 */
export function Field({ id, label, hint, error, announce = false, labelClassName, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName ?? "mb-1 block text-sm font-medium"}>
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId ?? undefined} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} announce={announce}>
        {error}
      </FieldError>
    </div>
  );
}

/** A field's error, for a control Field does not lay out (a group of radio buttons). */
export function FieldError({ id, announce = false, children }: { id?: string; announce?: boolean; children?: string }) {
  if (!children) return null;
  return (
    <p id={id} role={announce ? "alert" : undefined} className={`mt-1 text-sm ${errorTextClass}`}>
      {children}
    </p>
  );
}
