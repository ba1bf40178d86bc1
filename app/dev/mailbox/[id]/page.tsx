import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDevEmail } from "@/lib/data/dev-emails";
import { formatDateTime } from "@/lib/format";
import { segmentOrNotFound } from "@/lib/route-params";
import { rowIdSchema } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

/** Plain text with its URLs as links. */
function Linkified({ text }: { text: string }) {
  return text.split(/(https?:\/\/[^\s<>"')\]]+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="text-link underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function DevEmailPage({ params }: PageProps<"/dev/mailbox/[id]">) {
  if (process.env.NODE_ENV === "production") notFound();
  const email = await getDevEmail(segmentOrNotFound(rowIdSchema, (await params).id));
  if (!email) notFound();
  // Links in the HTML open in this window, not inside the frame.
  const html = email.html.replace(/<head>/i, '<head><base target="_top">');
  return (
    <article className="space-y-4">
      <Link href="/dev/mailbox" className="text-sm text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
        ← Dev mailbox
      </Link>
      <h1 className="text-xl font-bold">{email.subject}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        From {email.from} to {email.to} · {formatDateTime(email.createdAt)}
      </p>
      <iframe
        title="HTML version"
        srcDoc={html}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="h-[32rem] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-800"
      />
      <section aria-labelledby="text-version">
        <h2 id="text-version" className="text-sm font-semibold tracking-wide text-muted uppercase">
          Text version
        </h2>
        <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-100 p-4 text-sm whitespace-pre-wrap dark:bg-zinc-900">
          <Linkified text={email.text} />
        </pre>
      </section>
    </article>
  );
}
