import type { Metadata } from "next";
import { DeleteAccountForm } from "@/app/settings/_components/delete-account-form";
import { FeedToken } from "@/app/settings/_components/feed-token";
import { ProfileForm } from "@/app/settings/_components/profile-form";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/actions/auth/sign-out-everywhere";
import { SESSION_LIFETIME_DAYS, requireUser } from "@/lib/auth";
import { hasPrivateFeed } from "@/lib/data/private-feed";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const hasFeed = await hasPrivateFeed(user.id);
  return (
    <div className="space-y-10">
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Profile
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as <strong>{user.email}</strong>
        </p>
        <ProfileForm name={user.name ?? ""} />
      </section>
      <section aria-labelledby="feed-heading">
        <h2 id="feed-heading" className="text-lg font-semibold">
          Private feed
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Read your <em>For you</em> list in a feed reader (Atom). The URL is secret: anyone who has it can read the
          feed, so keep it to yourself, and make a new one if it leaks.
        </p>
        <FeedToken hasFeed={hasFeed} />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signs you out on every browser and device, this one included. Sign-ins end by themselves after{" "}
          {SESSION_LIFETIME_DAYS} days.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </section>
      <section aria-labelledby="delete-heading" className="rounded-lg border border-red-300 p-5 dark:border-red-900">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-700 dark:text-red-400">
          Delete my account
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Removes your account, your sign-ins and everything you saved. This cannot be undone.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
