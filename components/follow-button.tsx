"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
import { signInHref } from "@/lib/auth/callback-url";
import { setFollowAction } from "@/lib/actions/topics/set-follow";
import { useHydrated } from "@/components/use-hydrated";

type Props = { topicId: string; topicName: string; following: boolean; signedIn: boolean };

/**
 * Follow / unfollow a topic. The button flips at once (optimistic), then the server action sets the
 * state; if that fails the button flips back and says so. Visitors are sent to sign in and come back.
 */
export function FollowButton({ topicId, topicName, following: serverFollowing, signedIn }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const key = ["topic-following", topicId];
  // Shared by every button for this topic on the page; seeded from what the server rendered.
  const { data: following } = useQuery({
    queryKey: key,
    queryFn: () => serverFollowing,
    initialData: serverFollowing,
    staleTime: Infinity,
  });

  const mutation = useMutation({
    mutationFn: async (next: boolean) => {
      return unwrap(await setFollowAction({ topicId, following: next })).following;
    },
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<boolean>(key);
      queryClient.setQueryData(key, next);
      return { previous };
    },
    onError: (_error, _next, context) => queryClient.setQueryData(key, context?.previous ?? serverFollowing),
    onSuccess: (confirmed) => queryClient.setQueryData(key, confirmed),
  });

  function toggle() {
    if (!signedIn) {
      router.push(signInHref(pathname));
      return;
    }
    mutation.mutate(!following);
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        aria-pressed={following}
        aria-label={`Follow ${topicName}`}
        onClick={toggle}
        disabled={!hydrated}
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
