import Link from "next/link";
import type { listRecentDigests } from "@/lib/data/digests";
import { formatDate } from "@/lib/format";

type Digest = Awaited<ReturnType<typeof listRecentDigests>>[number];

const STATUS: Record<Digest["status"], string> = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  skipped: "Not sent",
  failed: "Failed",
};

/** The reader's latest digests with what became of each. */
export function RecentDigests({ digests }: { digests: Digest[] }) {
  if (digests.length === 0) {
    return <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No digest has been sent to you yet.</p>;
  }
  return (
    <ul aria-label="Recent digests" className="mt-3 divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
      {digests.map((digest) => (
        <li key={digest.id} className="flex items-baseline justify-between gap-4 py-2">
          <div className="min-w-0">
            {digest._count.papers > 0 ? (
              <Link href={`/digests/${digest.id}`} className="font-medium hover:underline">
                {formatDate(digest.localDate)}
              </Link>
            ) : (
              <span className="font-medium">{formatDate(digest.localDate)}</span>
            )}
            {digest.subject ? <p className="truncate text-zinc-600 dark:text-zinc-400">{digest.subject}</p> : null}
            {digest.status !== "sent" && digest.error ? (
              <p className="text-zinc-600 dark:text-zinc-400">{digest.error}</p>
            ) : null}
          </div>
          <span className="shrink-0 text-zinc-600 dark:text-zinc-400">
            {STATUS[digest.status]}
            {digest._count.papers > 0 ? ` · ${digest._count.papers} papers` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
