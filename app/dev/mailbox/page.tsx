import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { listDevEmails } from "@/lib/data/dev-emails";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

// Development only: `next build` inlines NODE_ENV, so in a production build this page is always a 404.
export default async function DevMailboxPage() {
  if (process.env.NODE_ENV === "production") notFound();
  const emails = await listDevEmails();
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Dev mailbox</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Mail Paperboy sent while <code>SMTP_URL</code> is unset. Newest first.
      </p>
      {emails.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No mail yet">Ask for a sign-in link and it will show up here.</EmptyState>
        </div>
      ) : (
        <ul
          aria-label="Messages"
          className="mt-6 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
        >
          {emails.map((email) => (
            <li key={email.id}>
              <Link
                href={`/dev/mailbox/${email.id}`}
                className="block px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-900"
              >
                <span className="block font-medium">{email.subject}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                  to {email.to} · {formatDateTime(email.createdAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
