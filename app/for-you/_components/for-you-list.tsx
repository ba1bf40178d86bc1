import Link from "next/link";
import { NotInterestedItem } from "@/app/for-you/_components/not-interested-item";
import { PaperCard } from "@/components/paper-card";
import type { ForYouCard } from "@/lib/data/for-you";
import { texToPlainText } from "@/lib/math/plain-text";

/**
 * The "For you" list: each paper with the why-chips that put it here. Rendered in the browser from
 * GET /api/for-you (ForYouFeed), whose titles and excerpts come rendered (math included) from the server.
 */
export function ForYouList({ papers }: { papers: ForYouCard[] }) {
  return (
    <ol aria-label="Papers" className="space-y-4">
      {papers.map((paper) => (
        <NotInterestedItem
          key={paper.id}
          paperId={paper.id}
          title={texToPlainText(paper.title)}
          card={<PaperCard paper={paper} text={paper.text} vote={{ count: paper.upvoteCount }} />}
        >
          <span className="text-muted">Because you follow</span>
          <ul aria-label={`Why ${texToPlainText(paper.title)} is here`} className="flex flex-wrap gap-1.5">
            {paper.reasons.map((chip) => (
              <li key={chip.slug}>
                <Link href={`/topics/${chip.slug}`} className="chip">
                  {chip.own ? `your topic: ${chip.name}` : chip.name}
                </Link>
              </li>
            ))}
          </ul>
        </NotInterestedItem>
      ))}
    </ol>
  );
}
