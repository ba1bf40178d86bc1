"use client";

import type { ReactNode } from "react";
import { usePaperHidden } from "@/components/personal-state";

/**
 * One paper of a list rendered for everyone: gone once the reader is known to have said "Not interested"
 * in it (lists leave those out for them; a cached list can only do it in the browser).
 */
export function PaperListItem({ paperId, children }: { paperId: string; children: ReactNode }) {
  return usePaperHidden(paperId) ? null : <li>{children}</li>;
}
