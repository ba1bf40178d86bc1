import Link from "next/link";
import { PaperDate } from "@/components/paper-date";
import type { PaperListItem } from "@/lib/data/papers";
import { excerpt } from "@/lib/papers/text";

export function PaperCard({ paper }: { paper: PaperListItem }) {
  return (
    <article className="group relative rounded-lg border border-zinc-200 p-4 transition hover:border-brand-600/50 hover:bg-brand-50/40 sm:p-5 dark:border-zinc-800 dark:hover:bg-zinc-900">
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
    </article>
  );
}
