"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { personalKeys, useFollowing, useLocalWrite, useViewer } from "@/components/personal-state";
import { setFollowAction } from "@/lib/actions/topics/set-follow";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
import { signInHref } from "@/lib/auth/callback-url";

type Props = { topicId: string; topicName: string };

/**
 * Follow / unfollow a topic. The button flips at once (optimistic), then the server action sets the
 * state; if that fails the button flips back and says so. Visitors are sent to sign in and come back.
 * Neutral (and disabled) until the reader's state is known: pages are cached for everyone.
 */
export function FollowButton({ topicId, topicName }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const markWritten = useLocalWrite();
  const viewer = useViewer();
  const following = useFollowing(topicId);
  const key = personalKeys.follow(topicId);
  const known = viewer !== undefined && following !== undefined;

  const mutation = useMutation({
    mutationFn: async (next: boolean) => {
      return unwrap(await setFollowAction({ topicId, following: next })).following;
    },
    onMutate: async (next) => {
      markWritten(key);
      const previous = queryClient.getQueryData<boolean>(key);
      queryClient.setQueryData(key, next);
      return { previous };
    },
    onError: (_error, _next, context) => queryClient.setQueryData(key, context?.previous),
    onSuccess: (confirmed) => {
      markWritten(key);
      queryClient.setQueryData(key, confirmed);
    },
  });

  function toggle() {
    if (!viewer) {
      router.push(signInHref(pathname));
      return;
    }
    mutation.mutate(!following);
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        aria-pressed={known ? !!following : undefined}
        aria-busy={!known}
        aria-label={`Follow ${topicName}`}
        onClick={toggle}
        disabled={!known}
        className={
          following
            ? "rounded-full border border-brand-600 bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
            : "rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-brand-100"
        }
      >
        {following ? "Following" : "Follow"}
      </button>
      {mutation.isError ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {errorMessage(mutation.error, "Couldn't save that. Try again.")}
        </span>
      ) : null}
    </span>
  );
}
