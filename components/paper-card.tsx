import Link from "next/link";
import { PaperDate } from "@/components/paper-date";
import { UpvoteButton } from "@/components/upvote-button";
import { excerpt } from "@/lib/papers/text";

type CardPaper = { id: string; title: string; abstract: string; publishedAt: Date | null; createdAt: Date };
type Vote = { upvoted: boolean; count: number; signedIn: boolean };

/** A paper in a list. With `vote`, an upvote button sits beside it. */
export function PaperCard({ paper, vote }: { paper: CardPaper; vote?: Vote }) {
  return (
    <article className="group relative flex gap-4 rounded-lg border border-zinc-200 p-4 transition hover:border-brand-600/50 hover:bg-brand-50/40 sm:p-5 dark:border-zinc-800 dark:hover:bg-zinc-900">
      {vote ? (
        <div className="shrink-0">
          <UpvoteButton paperId={paper.id} title={paper.title} {...vote} />
        </div>
      ) : null}
      <div className="min-w-0">
        <h2 className="font-serif text-lg leading-snug font-semibold text-balance">
          <Link
            href={`/papers/${paper.id}`}
            className="group-hover:text-brand-700 after:absolute after:inset-0 dark:group-hover:text-brand-100"
          >
            {paper.title}
          </Link>
        </h2>
        <p className="mt-2 text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">{excerpt(paper.abstract)}</p>
        <p className="mt-3 text-xs text-zinc-500">
          <PaperDate paper={paper} />
        </p>
      </div>
    </article>
  );
}
