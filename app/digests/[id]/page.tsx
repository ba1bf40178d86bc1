import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailFrame } from "@/app/digests/_components/email-frame";
import { requireUser } from "@/lib/auth";
import { viewDigest } from "@/lib/digest/view";
import { formatDate } from "@/lib/format";
import { segmentOrNotFound } from "@/lib/route-params";
import { digestIdSchema } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Your digest", robots: { index: false } };

// A sent digest's "view in browser" link. Only its owner sees it; anyone else gets a 404, whether or not
// the id exists.
export default async function DigestPage({ params }: PageProps<"/digests/[id]">) {
  const { id } = await params;
  const user = await requireUser(`/digests/${encodeURIComponent(id)}`);
  const digest = await viewDigest(user.id, segmentOrNotFound(digestIdSchema, id));
  if (!digest) notFound();
  return (
    <div className="space-y-4">
      <Link href="/settings/digest" className="text-sm text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
        ← Digest settings
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">Your digest of {formatDate(digest.localDate)}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {digest.status === "sent" && digest.sentAt ? `Sent ${formatDate(digest.sentAt)}` : `Status: ${digest.status}`}
        {" · "}
        {digest.picks.length} papers
      </p>
      <EmailFrame title="Digest" html={digest.email.html} text={digest.email.text} />
    </div>
  );
}
