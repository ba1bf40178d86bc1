import type { Metadata } from "next";
import { DeleteAccountForm } from "@/app/settings/_components/delete-account-form";
import { ProfileForm } from "@/app/settings/_components/profile-form";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <div className="mx-auto max-w-xl space-y-10">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Profile
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as <strong>{user.email}</strong>
        </p>
        <ProfileForm name={user.name ?? ""} />
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
