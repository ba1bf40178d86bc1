// Client-side handling of action results for react-query mutations: an expected refusal becomes an
// ActionError (its message is written for people); anything else is a network or server failure.
import type { ActionResult } from "@/lib/actions/safe-action";

export class ActionError extends Error {}

export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionError(result.error);
  return result.data;
}

export function errorMessage(error: unknown, fallback: string) {
  return error instanceof ActionError ? error.message : fallback;
}
