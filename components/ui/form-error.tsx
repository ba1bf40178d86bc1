import type { ReactNode } from "react";

export const errorTextClass = "text-red-700 dark:text-red-400";

/**
 * A form's or a control's failure message, announced as it appears (role="alert"). Nothing when there is
 * none. `small`: beside a toggle button, inline and smaller.
 */
export function FormError({
  children,
  small = false,
  className,
}: {
  children: ReactNode;
  small?: boolean;
  className?: string;
}) {
  if (!children) return null;
  const Tag = small ? "span" : "p";
  return (
    <Tag role="alert" className={[small ? "text-xs" : "text-sm", errorTextClass, className].filter(Boolean).join(" ")}>
      {children}
    </Tag>
  );
}
