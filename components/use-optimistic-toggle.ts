"use client";

// One of the two ways the client calls a server action (the other: forms call theirs through React's
// useActionState, with the result as the form's state). Toggles (upvote, follow, not interested) change
// at once and roll back if the action fails: their state lives in react-query entries (personalKeys)
// that /api/me answers fill, so each write is marked local on mutate and on success, and an older answer
// never undoes a click.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocalWrite } from "@/components/personal-state";
import type { ActionResult } from "@/lib/actions/safe-action";

/** An expected refusal (its message is written for people), as opposed to a network or server failure. */
class ActionError extends Error {}

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionError(result.error);
  return result.data;
}

type Options<T, R> = {
  /** The react-query entry holding the toggle's state. */
  key: readonly unknown[];
  action: (next: boolean) => Promise<ActionResult<R>>;
  /** The state to show while the action runs; `undefined` leaves it as it is. */
  optimistic: (previous: T | undefined, next: boolean) => T | undefined;
  /** The state the server confirmed. */
  confirmed: (data: R) => T;
  /** Said when the action fails for a reason not written for people (network, server error). */
  failure: string;
};

export function useOptimisticToggle<T, R>({ key, action, optimistic, confirmed, failure }: Options<T, R>) {
  const queryClient = useQueryClient();
  const markWritten = useLocalWrite();
  const mutation = useMutation({
    mutationFn: async (next: boolean) => unwrap(await action(next)),
    onMutate: async (next) => {
      markWritten(key);
      const previous = queryClient.getQueryData<T>(key);
      queryClient.setQueryData<T>(key, optimistic(previous, next));
      return { previous };
    },
    onError: (_error, _next, context) => queryClient.setQueryData(key, context?.previous),
    onSuccess: (data) => {
      markWritten(key);
      queryClient.setQueryData<T>(key, confirmed(data));
    },
  });
  return {
    /** Stable across renders (react-query's mutate), so effects may depend on it. */
    toggle: mutation.mutate,
    error: mutation.isError ? (mutation.error instanceof ActionError ? mutation.error.message : failure) : null,
  };
}
