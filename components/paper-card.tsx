import Link from "next/link";
import { CardAuthors, CardFooter } from "@/components/paper-card-parts";
import { UpvoteButton } from "@/components/upvote-button";
import type { CardDetails } from "@/lib/data/cards";
import { excerpt } from "@/lib/papers/text";

type CardPaper = CardDetails & {
  id: string;
  title: string;
  abstract: string;
  publishedAt: Date | null;
  createdAt: Date;
};
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
      <div className="min-w-0 flex-1">
        <h2 className="paper-card-title">
          {/* No prefetch: a list would fetch all its papers' pages on every view, for the one a reader opens. */}
          <Link href={`/papers/${paper.id}`} prefetch={false} className="paper-card-link">
            {paper.title}
          </Link>
        </h2>
        <CardAuthors paper={paper} />
        <p className="paper-card-excerpt">{excerpt(paper.abstract)}</p>
        <CardFooter paper={paper} title={paper.title} />
      </div>
    </article>
  );
}
