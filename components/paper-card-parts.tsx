import Link from "next/link";
import type { ReactNode } from "react";
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
 * The card's last line: date, curated topic chips and compact links. `title` is the paper's plain title,
 * for link names that say which paper they lead to ("PDF of …"), as a list of cards reads out of context.
 */
export function CardFooter({ paper, title }: { paper: CardPaper; title: string }) {
  const { links, topics, topicCount } = paper;
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
      {links.abs ? (
        <CardLink href={links.abs} label={`arXiv page of ${title}`}>
          arXiv
        </CardLink>
      ) : null}
      {links.pdf ? (
        <CardLink href={links.pdf} label={`PDF of ${title}`}>
          PDF
        </CardLink>
      ) : null}
      {links.code ? (
        <CardLink href={links.code} label={`Code of ${title} on GitHub`}>
          Code
        </CardLink>
      ) : null}
      {links.hf ? (
        <CardLink href={links.hf} label={`HF (Hugging Face) page of ${title}`}>
          HF
        </CardLink>
      ) : null}
    </div>
  );
}

function CardLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a href={href} aria-label={label} className="paper-card-ext" rel="noopener">
      {children}
    </a>
  );
}
