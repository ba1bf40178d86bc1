import type { ReactNode } from "react";

/** Why a search shows no results: a query we refuse to run, a rate limit, a timeout. */
export function SearchAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      {children}
    </p>
  );
}
