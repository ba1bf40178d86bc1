import type { Metadata } from "next";
import Link from "next/link";
import { EmailFrame } from "@/app/digests/_components/email-frame";
import { EmptyState } from "@/components/empty-state";
import { requireUser } from "@/lib/auth";
import { previewDigest } from "@/lib/digest/view";

export const metadata: Metadata = { title: "Preview of your next digest", robots: { index: false } };

export default async function DigestPreviewPage() {
  const user = await requireUser("/digests/preview");
  const preview = await previewDigest(user.id);
  return (
    <div className="space-y-4">
      <Link href="/settings/digest" className="text-sm text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
        ← Digest settings
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">Your next digest</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        What would be sent if your digest went out now. Nothing is recorded: these papers can still be in it.
        {preview && !preview.enabled ? " Your digest is off, so nothing will actually be sent." : ""}
      </p>
      {preview?.email ? (
        <>
          <p className="text-sm">
            <span className="text-muted">Subject:</span> <strong>{preview.email.subject}</strong>
          </p>
          <EmailFrame title="Digest preview" html={preview.email.html} text={preview.email.text} />
        </>
      ) : (
        <EmptyState title="Nothing new to send">
          Every paper in your topics and on the trending list has been sent to you or hidden. When that is so at send
          time, no email goes out.
        </EmptyState>
      )}
    </div>
  );
}
