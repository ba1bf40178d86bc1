import Link from "next/link";
import { PaperDate } from "@/components/paper-date";
import type { CardDetails } from "@/lib/data/cards";
import { authorSummary } from "@/lib/papers/text";

type CardPaper = CardDetails & { publishedAt: Date | null; createdAt: Date };

/** "Ada Lovelace, Alan Turing, Grace Hopper + 1,997 more"; nothing at all for a paper without authors. */
export function CardAuthors({ paper }: { paper: CardPaper }) {
  if (paper.authorCount === 0) return null;
  return <p className="paper-card-authors">{authorSummary(paper.authors, paper.authorCount)}</p>;
}

/**
 * The card's last line: date, curated topic chips and compact links. `titleId` is the id of the card's title:
 * each link is described by it, so a screen reader says which paper "PDF" belongs to without the title being
 * written out again in every link's name (four times per card, on every list page, in the HTML and its payload).
 */
export function CardFooter({ paper, titleId }: { paper: CardPaper; titleId: string }) {
  const { links, topics, topicCount } = paper;
  const link = (href: string, text: string, label?: string) => (
    <a
      href={href}
      {...(label ? { "aria-label": label } : {})}
      aria-describedby={titleId}
      className="paper-card-ext"
      rel="noopener"
    >
      {text}
    </a>
  );
  return (
    <div className="paper-card-meta">
      <PaperDate paper={paper} />
      {topics.length > 0 ? (
        <ul className="contents">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`} prefetch={false} className="chip paper-card-chip">
                {topic.name}
              </Link>
            </li>
          ))}
          {topicCount > topics.length ? <li>+ {topicCount - topics.length} more</li> : null}
        </ul>
      ) : null}
      {links.abs ? link(links.abs, "arXiv") : null}
      {links.pdf ? link(links.pdf, "PDF") : null}
      {links.code ? link(links.code, "Code", "Code on GitHub") : null}
      {links.hf ? link(links.hf, "HF", "HF (Hugging Face)") : null}
    </div>
  );
}

/** The id CardFooter's links are described by: the card's title, one per paper on a page. */
export const cardTitleId = (paperId: string) => `title-${paperId}`;
