"use client";

import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { setNotInterestedAction } from "@/lib/actions/papers/set-not-interested";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
import { useHydrated } from "@/components/use-hydrated";

type Props = { paperId: string; title: string; card: ReactNode; children: ReactNode };

/** One "For you" item with its "Not interested" button: gone at once, back with a message if that fails. */
export function NotInterestedItem({ paperId, title, card, children }: Props) {
  const hydrated = useHydrated();
  const hide = useMutation({
    mutationFn: async () => unwrap(await setNotInterestedAction({ paperId, hidden: true })),
  });
  // Hidden while the request runs and after it succeeds; an error brings the paper back.
  if (hide.isPending || hide.isSuccess) return null;

  return (
    <li>
      {card}
      <div className="mt-2 flex flex-wrap items-center gap-2 px-1 text-xs">
        {children}
        <button
          type="button"
          onClick={() => hide.mutate()}
          disabled={!hydrated}
          aria-label={`Not interested in ${title}`}
          className="quiet-button ml-auto"
        >
          Not interested
        </button>
      </div>
      {hide.isError ? (
        <p role="alert" className="mt-2 px-1 text-sm text-red-700 dark:text-red-400">
          {errorMessage(hide.error, "Couldn't hide that paper. Try again.")}
        </p>
      ) : null}
    </li>
  );
}
