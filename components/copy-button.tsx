"use client";

import { type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Status = "idle" | "copied" | "selected";

/**
 * Copies the text of the element `sourceId` (rendered on the server, so the text is not sent twice).
 * Without clipboard access (permission refused, an insecure origin) it opens the <details> around the
 * text and selects it for the reader to copy; the status line says which happened.
 */
export function CopyButton({ sourceId, children }: { sourceId: string; children: ReactNode }) {
  const [status, setStatus] = useState<Status>("idle");
  // "Copied" goes after a while, on a timer rather than on blur: clearing it when focus moves to the next
  // button would shift that button under the pointer between mousedown and mouseup, losing the click.
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    const source = document.getElementById(sourceId);
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent ?? "");
      setStatus("copied");
    } catch {
      const details = source.closest("details");
      if (details) details.open = true;
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setStatus("selected");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" size="sm" className="text-sm" onClick={copy}>
        {children}
      </Button>
      <span role="status" className="text-sm text-muted">
        {status === "copied" ? "Copied" : status === "selected" ? "Selected: press Ctrl+C (⌘C) to copy" : null}
      </span>
    </span>
  );
}
