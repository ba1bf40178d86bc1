"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Renders its children except on these paths and the pages under them ("/" is the home page alone). */
export function HiddenOn({ paths, children }: { paths: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const hidden = paths.some((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)));
  return hidden ? null : children;
}
