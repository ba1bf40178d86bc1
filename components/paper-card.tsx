import Link from "next/link";
import { PaperDate } from "@/components/paper-date";
import { UpvoteButton } from "@/components/upvote-button";
import { excerpt } from "@/lib/papers/text";

type CardPaper = { id: string; title: string; abstract: string; publishedAt: Date | null; createdAt: Date };
/** `count`: the upvote count as rendered (the reader's own vote and a fresher count come after hydration). */
type Vote = { count: number };

/** A paper in a list. With `vote`, an upvote button sits beside it. */
export function PaperCard({ paper, vote }: { paper: CardPaper; vote?: Vote }) {
  return (
    <article className="group paper-card">
      {vote ? (
        <div className="shrink-0">
          <UpvoteButton paperId={paper.id} title={paper.title} count={vote.count} />
        </div>
      ) : null}
      <div className="min-w-0">
        <h2 className="paper-card-title">
          {/* No prefetch: a list would fetch all its papers' pages on every view, for the one a reader opens. */}
          <Link href={`/papers/${paper.id}`} prefetch={false} className="paper-card-link">
            {paper.title}
          </Link>
        </h2>
        <p className="paper-card-excerpt">{excerpt(paper.abstract)}</p>
        <p className="mt-3 text-xs text-muted">
          <PaperDate paper={paper} />
        </p>
      </div>
    </article>
  );
}
