"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { type PaperVote, personalKeys, usePaperVote, useViewer } from "@/components/personal-state";
import { FormError } from "@/components/ui/form-error";
import { useOptimisticToggle } from "@/components/use-optimistic-toggle";
import { setUpvoteAction } from "@/lib/actions/papers/set-upvote";
import { signInHref } from "@/lib/auth/callback-url";

/** `count`: the count in the page's HTML, which may be up to a cache interval old. */
type Props = { paperId: string; title: string; count: number };

// A visitor who clicks before signing in: the vote waits here (not in the URL, so a link can't cast it)
// and is applied when they come back signed in, even in the tab the email link opened.
const PENDING_KEY = "paperboy:pending-upvote";
const PENDING_MAX_AGE_MS = 30 * 60_000;

function takePendingUpvote(paperId: string) {
  try {
    const pending = JSON.parse(localStorage.getItem(PENDING_KEY) ?? "null") as { paperId: string; at: number } | null;
    if (pending?.paperId !== paperId) return false;
    localStorage.removeItem(PENDING_KEY);
    return Date.now() - pending.at < PENDING_MAX_AGE_MS;
  } catch {
    return false;
  }
}

/**
 * Upvote a paper: the count moves at once, then the server sets the vote; on failure it moves back. Until
 * the reader's own vote is known (after hydration, from /api/me) the button shows the cached count, neither
 * pressed nor not, and waits; from then on it shows the server's current count, not the cached one.
 */
export function UpvoteButton({ paperId, title, count: cachedCount }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const viewer = useViewer();
  const vote = usePaperVote(paperId);
  const known = vote !== undefined && viewer !== undefined;
  const count = vote?.count ?? cachedCount;

  const { toggle, error } = useOptimisticToggle<PaperVote, PaperVote>({
    key: personalKeys.upvote(paperId),
    action: (upvoted) => setUpvoteAction({ paperId, upvoted }),
    optimistic: (previous, next) =>
      previous?.upvoted === next
        ? undefined
        : { upvoted: next, count: (previous?.count ?? cachedCount) + (next ? 1 : -1) },
    confirmed: (saved) => saved,
    failure: "Vote not saved. Try again.",
  });

  useEffect(() => {
    if (viewer && vote && takePendingUpvote(paperId)) toggle(true);
  }, [viewer, vote, paperId, toggle]);

  function click() {
    if (!viewer) {
      localStorage.setItem(PENDING_KEY, JSON.stringify({ paperId, at: Date.now() }));
      router.push(signInHref(pathname));
      return;
    }
    toggle(!vote?.upvoted);
  }

  return (
    <span className="relative z-10 inline-flex flex-col items-center">
      <button
        type="button"
        aria-pressed={known ? !!vote?.upvoted : undefined}
        aria-busy={!known}
        onClick={click}
        disabled={!known}
        className="upvote"
      >
        {/* Named in its content, not aria-label: a name must include the count people see (WCAG 2.5.3). */}
        <span className="sr-only">{`Upvote ${title}`}</span>
        <span aria-hidden>▲</span>
        <span>{count.toLocaleString("en")}</span>
      </button>
      <FormError small className="mt-1 w-24 text-center">
        {error}
      </FormError>
    </span>
  );
}
