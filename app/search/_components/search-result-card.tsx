import Link from "next/link";
import { Highlighted } from "@/app/search/_components/highlighted";
import { CardAuthors, CardFooter, cardTitleId } from "@/components/paper-card-parts";
import type { CardDetails } from "@/lib/data/cards";
import type { SearchResult } from "@/lib/data/search";

/** A search hit: the paper card's shape, with the matched words marked in the title and snippet. */
export function SearchResultCard({ result }: { result: SearchResult & CardDetails }) {
  return (
    <article className="group relative rounded-lg border border-zinc-200 p-4 wrap-anywhere transition hover:border-brand-600/50 hover:bg-brand-50/40 sm:p-5 dark:border-zinc-800 dark:hover:bg-zinc-900">
      <h2 id={cardTitleId(result.id)} className="font-serif text-lg leading-snug font-semibold text-balance">
        <Link
          href={`/papers/${result.id}`}
          className="group-hover:text-brand-700 after:absolute after:inset-0 dark:group-hover:text-brand-100"
        >
          <Highlighted text={result.title} />
        </Link>
      </h2>
      <CardAuthors paper={result} />
      <p className="mt-2 text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
        <Highlighted text={result.snippet} />
      </p>
      <CardFooter paper={result} titleId={cardTitleId(result.id)} />
    </article>
  );
}
