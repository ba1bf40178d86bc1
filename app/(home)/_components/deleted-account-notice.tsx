"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";

/** After "Delete account" the reader lands on `/?deleted=1`; the page is cached, so the browser says it. */
export function DeletedAccountNotice() {
  return (
    <Suspense fallback={null}>
      <Notice />
    </Suspense>
  );
}

function Notice() {
  if (useSearchParams().get("deleted") !== "1") return null;
  return (
    <p role="status" className="mb-6 rounded-md bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900">
      Your account has been deleted, along with everything it held.
    </p>
  );
}
