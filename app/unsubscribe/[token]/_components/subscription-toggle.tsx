"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

type Props = { token: string; subscribed: boolean; suppressed: boolean };

/**
 * Unsubscribe / resubscribe. A plain form POSTing to the page's own URL, as a mail client's one-click
 * unsubscribe does, so it works without JavaScript; with it, the answer updates the page in place.
 */
export function SubscriptionToggle({ token, subscribed: initial, suppressed }: Props) {
  const [subscribed, setSubscribed] = useState(initial);
  const [changed, setChanged] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = `/unsubscribe/${encodeURIComponent(token)}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch(action, {
        method: "POST",
        headers: { accept: "application/json" },
        body: new URLSearchParams(new FormData(event.currentTarget) as unknown as Record<string, string>),
      });
      if (!response.ok) throw new Error(String(response.status));
      setSubscribed(((await response.json()) as { subscribed: boolean }).subscribed);
      setChanged(true);
    } catch {
      setError("That didn't work. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-6">
      <p role="status" className="text-zinc-700 dark:text-zinc-300">
        {subscribed
          ? changed
            ? "You're subscribed again."
            : "You get the Paperboy digest at this address."
          : "You're unsubscribed. No more digests will be sent to this address."}
      </p>
      {subscribed && suppressed ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Sending is paused because mail to this address bounced; resume it in your digest preferences.
        </p>
      ) : null}
      <form method="post" action={action} onSubmit={submit} className="mt-6">
        {subscribed ? (
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        ) : (
          <input type="hidden" name="resubscribe" value="1" />
        )}
        <Button type="submit" variant={subscribed ? "primary" : "secondary"} pending={pending} className="w-full">
          {subscribed ? "Unsubscribe" : "Resubscribe"}
        </Button>
      </form>
      <FormError className="mt-2">{error}</FormError>
    </div>
  );
}
