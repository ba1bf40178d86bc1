import Link from "next/link";
import { CardAuthors, CardFooter, cardTitleId } from "@/components/paper-card-parts";
import { Rendered } from "@/components/rendered-text";
import { UpvoteButton } from "@/components/upvote-button";
import type { CardDetails } from "@/lib/data/cards";
import { texToPlainText } from "@/lib/math/plain-text";
import type { CardText } from "@/lib/math/rendered";

type CardPaper = CardDetails & { id: string; title: string; publishedAt: Date | null; createdAt: Date };
/** `count`: the upvote count as rendered (the reader's own vote and a fresher count come after hydration). */
type Vote = { count: number };

/**
 * A paper in a list. With `vote`, an upvote button sits beside it. `text` is its title and excerpt with the
 * math rendered on the server (lib/math/render renderCardText), since this card also renders in the browser.
 */
export function PaperCard({ paper, text, vote }: { paper: CardPaper; text: CardText; vote?: Vote }) {
  const titleId = cardTitleId(paper.id);
  return (
    <article className="group paper-card">
      {vote ? (
        <div className="shrink-0">
          <UpvoteButton paperId={paper.id} title={texToPlainText(paper.title)} count={vote.count} />
        </div>
      ) : null}
      <div className="min-w-0 flex-1">
        <h2 id={titleId} className="paper-card-title">
          {/* No prefetch: a list would fetch all its papers' pages on every view, for the one a reader opens. */}
          <Link href={`/papers/${paper.id}`} prefetch={false} className="paper-card-link">
            <Rendered value={text.title} />
          </Link>
        </h2>
        <CardAuthors paper={paper} />
        <p className="paper-card-excerpt">
          <Rendered value={text.excerpt} />
        </p>
        <CardFooter paper={paper} titleId={titleId} />
      </div>
    </article>
  );
}
