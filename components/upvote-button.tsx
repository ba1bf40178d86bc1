"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
import { signInHref } from "@/lib/auth/callback-url";
import { useEffect } from "react";
import { setUpvoteAction } from "@/lib/actions/papers/set-upvote";
import type { UpvoteState } from "@/lib/votes/set-upvote";
import { useHydrated } from "@/components/use-hydrated";

type Props = { paperId: string; title: string; upvoted: boolean; count: number; signedIn: boolean };

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

/** Upvote a paper: the count moves at once, then the server sets the vote; on failure it moves back. */
export function UpvoteButton({ paperId, title, upvoted, count, signedIn }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const key = ["upvote", paperId];
  const { data: state } = useQuery<UpvoteState>({
    queryKey: key,
    queryFn: () => ({ upvoted, count }),
    initialData: { upvoted, count },
    staleTime: Infinity,
  });

  const mutation = useMutation({
    mutationFn: async (next: boolean) => {
      return unwrap(await setUpvoteAction({ paperId, upvoted: next }));
    },
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<UpvoteState>(key);
      if (previous && previous.upvoted !== next) {
        queryClient.setQueryData<UpvoteState>(key, { upvoted: next, count: previous.count + (next ? 1 : -1) });
      }
      return { previous };
    },
    onError: (_error, _next, context) => queryClient.setQueryData(key, context?.previous),
    onSuccess: (confirmed) => queryClient.setQueryData(key, confirmed),
  });

  const { mutate } = mutation;
  useEffect(() => {
    if (signedIn && takePendingUpvote(paperId)) mutate(true);
  }, [signedIn, paperId, mutate]);

  function click() {
    if (!signedIn) {
      localStorage.setItem(PENDING_KEY, JSON.stringify({ paperId, at: Date.now() }));
      router.push(signInHref(pathname));
      return;
    }
    mutate(!state.upvoted);
  }

  return (
    <span className="relative z-10 inline-flex flex-col items-center">
      <button
        type="button"
        aria-pressed={state.upvoted}
        aria-label={`Upvote ${title}`}
        onClick={click}
        disabled={!hydrated}
        className="upvote"
      >
        <span aria-hidden>▲</span>
        <span>{state.count.toLocaleString("en")}</span>
      </button>
      {mutation.isError ? (
        <span role="alert" className="mt-1 w-24 text-center text-xs text-red-700 dark:text-red-400">
          {errorMessage(mutation.error, "Vote not saved. Try again.")}
        </span>
      ) : null}
    </span>
  );
}
