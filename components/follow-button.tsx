"use client";

import { usePathname, useRouter } from "next/navigation";
import { personalKeys, useFollowing, useViewer } from "@/components/personal-state";
import { FormError } from "@/components/ui/form-error";
import { useOptimisticToggle } from "@/components/use-optimistic-toggle";
import { setFollowAction } from "@/lib/actions/topics/set-follow";
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
  const viewer = useViewer();
  const following = useFollowing(topicId);
  const known = viewer !== undefined && following !== undefined;

  const { toggle, error } = useOptimisticToggle<boolean, { following: boolean }>({
    key: personalKeys.follow(topicId),
    action: (next) => setFollowAction({ topicId, following: next }),
    optimistic: (_previous, next) => next,
    confirmed: (data) => data.following,
    failure: "Couldn't save that. Try again.",
  });

  function click() {
    if (!viewer) {
      router.push(signInHref(pathname));
      return;
    }
    toggle(!following);
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        aria-pressed={known ? !!following : undefined}
        aria-busy={!known}
        onClick={click}
        disabled={!known}
        className={
          following
            ? "rounded-full border border-brand-600 bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
            : "rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-brand-100"
        }
      >
        {/* One name whatever the state (aria-pressed tells it), and it holds the visible word (WCAG 2.5.3). */}
        {following ? <span aria-hidden>✓ </span> : null}
        Follow<span className="sr-only"> {topicName}</span>
      </button>
      <FormError small>{error}</FormError>
    </span>
  );
}
