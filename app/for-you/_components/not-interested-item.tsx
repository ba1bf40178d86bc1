"use client";

import type { ReactNode } from "react";
import { personalKeys, usePaperHidden } from "@/components/personal-state";
import { FormError } from "@/components/ui/form-error";
import { useHydrated } from "@/components/use-hydrated";
import { useOptimisticToggle } from "@/components/use-optimistic-toggle";
import { setNotInterestedAction } from "@/lib/actions/papers/set-not-interested";

type Props = { paperId: string; title: string; card: ReactNode; children: ReactNode };

/** One "For you" item with its "Not interested" button: gone at once, back with a message if that fails. */
export function NotInterestedItem({ paperId, title, card, children }: Props) {
  const hydrated = useHydrated();
  const hidden = usePaperHidden(paperId);
  const { toggle, error } = useOptimisticToggle<boolean, { hidden: boolean }>({
    key: personalKeys.hidden(paperId),
    action: (next) => setNotInterestedAction({ paperId, hidden: next }),
    optimistic: (_previous, next) => next,
    confirmed: (data) => data.hidden,
    failure: "Couldn't hide that paper. Try again.",
  });
  if (hidden) return null;

  return (
    <li>
      {card}
      <div className="mt-2 flex flex-wrap items-center gap-2 px-1 text-xs">
        {children}
        <button
          type="button"
          onClick={() => toggle(true)}
          disabled={!hydrated}
          aria-label={`Not interested in ${title}`}
          className="quiet-button ml-auto"
        >
          Not interested
        </button>
      </div>
      <FormError className="mt-2 px-1">{error}</FormError>
    </li>
  );
}
