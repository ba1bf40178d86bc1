"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { type PaperVote, personalKeys, useLocalWrite, usePaperVote, useViewer } from "@/components/personal-state";
import { setUpvoteAction } from "@/lib/actions/papers/set-upvote";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
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
  const queryClient = useQueryClient();
  const markWritten = useLocalWrite();
  const viewer = useViewer();
  const vote = usePaperVote(paperId);
  const key = personalKeys.upvote(paperId);
  const known = vote !== undefined && viewer !== undefined;
  const count = vote?.count ?? cachedCount;

  const mutation = useMutation({
    mutationFn: async (next: boolean) => unwrap(await setUpvoteAction({ paperId, upvoted: next })),
    onMutate: async (next) => {
      markWritten(key);
      const previous = queryClient.getQueryData<PaperVote>(key);
      const base = previous?.count ?? cachedCount;
      if (previous?.upvoted !== next)
        queryClient.setQueryData<PaperVote>(key, { upvoted: next, count: base + (next ? 1 : -1) });
      return { previous };
    },
    onError: (_error, _next, context) => queryClient.setQueryData(key, context?.previous),
    onSuccess: (confirmed) => {
      markWritten(key);
      queryClient.setQueryData<PaperVote>(key, confirmed);
    },
  });

  const { mutate } = mutation;
  useEffect(() => {
    if (viewer && vote && takePendingUpvote(paperId)) mutate(true);
  }, [viewer, vote, paperId, mutate]);

  function click() {
    if (!viewer) {
      localStorage.setItem(PENDING_KEY, JSON.stringify({ paperId, at: Date.now() }));
      router.push(signInHref(pathname));
      return;
    }
    mutate(!vote?.upvoted);
  }

  return (
    <span className="relative z-10 inline-flex flex-col items-center">
      <button
        type="button"
        aria-pressed={known ? !!vote?.upvoted : undefined}
        aria-busy={!known}
        aria-label={`Upvote ${title}`}
        onClick={click}
        disabled={!known}
        className="upvote"
      >
        <span aria-hidden>▲</span>
        <span>{count.toLocaleString("en")}</span>
      </button>
      {mutation.isError ? (
        <span role="alert" className="mt-1 w-24 text-center text-xs text-red-700 dark:text-red-400">
          {errorMessage(mutation.error, "Vote not saved. Try again.")}
        </span>
      ) : null}
    </span>
  );
}
