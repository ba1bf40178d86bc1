import type { ComponentProps } from "react";

// The button looks, in one place. Links that look like buttons take `buttonClass` (a <Link> is not a
// <button>, and wrapping one in the other is invalid HTML).
const VARIANTS = {
  primary: "rounded-md bg-brand-600 font-medium text-white hover:bg-brand-700",
  secondary:
    "rounded-md border border-zinc-300 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900",
  danger: "rounded-md bg-red-600 font-medium text-white hover:bg-red-700",
  /** Undoes something without destroying it (turning the private feed off). */
  "danger-secondary":
    "rounded-md border border-zinc-300 font-medium hover:border-red-600 hover:text-red-700 dark:border-zinc-700",
  link: "text-link underline",
};
const SIZES = { md: "px-4 py-2 text-sm", sm: "px-3 py-1.5" };

export type ButtonStyle = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES; className?: string };

export function buttonClass({ variant = "primary", size = "md", className }: ButtonStyle = {}) {
  const padding = variant === "link" ? null : SIZES[size];
  return [VARIANTS[variant], padding, "disabled:opacity-60", className].filter(Boolean).join(" ");
}

type Props = ComponentProps<"button"> & ButtonStyle & { pending?: boolean };

/** A button; `pending` (its action is running) disables it and says so to assistive technology. */
export function Button({ variant, size, className, pending = false, disabled, type = "button", ...props }: Props) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={buttonClass({ variant, size, className })}
      {...props}
    />
  );
}
