// The one wrapper every server action goes through. Server actions are public POST endpoints, so each
// one (1) resolves the session itself, never trusting the page or the proxy, (2) parses its input with
// a zod schema, and (3) runs its body with the signed-in user, returning one result shape.
// From the browser an action is called one of two ways (README, "Code map"): forms through React's
// useActionState, optimistic toggles through components/use-optimistic-toggle.ts.
import "server-only";
import { z } from "zod";
import { type SessionUser, getUser } from "@/lib/auth";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export const SIGN_IN_REQUIRED = "Sign in to do that.";

function parse<S extends z.ZodType>(schema: S, input: unknown) {
  const raw = input instanceof FormData ? Object.fromEntries(input) : input;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true as const, data: parsed.data as z.infer<S> };
  const { formErrors, fieldErrors } = z.flattenError(parsed.error);
  const first = formErrors[0] ?? Object.values(fieldErrors as Record<string, string[]>).flat()[0];
  return { ok: false as const, error: first ?? "That input isn't valid.", fieldErrors };
}

/** An action for signed-in users. Without a session it writes nothing and says so. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.infer<S>, ctx: { user: SessionUser }) => Promise<ActionResult<T>>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getUser();
    if (!user) return { ok: false, error: SIGN_IN_REQUIRED };
    const parsed = parse(schema, input);
    if (!parsed.ok) return parsed;
    return body(parsed.data, { user });
  };
}

/** An action anyone may call (asking for a sign-in link). Input is still validated. */
export function publicAction<S extends z.ZodType, T>(schema: S, body: (input: z.infer<S>) => Promise<ActionResult<T>>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = parse(schema, input);
    if (!parsed.ok) return parsed;
    return body(parsed.data);
  };
}
