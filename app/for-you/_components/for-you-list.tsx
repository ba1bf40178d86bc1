"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PaperCard } from "@/components/paper-card";
import { setNotInterestedAction } from "@/lib/actions/papers/set-not-interested";
import { errorMessage, unwrap } from "@/lib/actions/unwrap";
import type { ForYouPaper } from "@/lib/data/for-you";

/** The "For you" list: why-chips under each paper, and "Not interested" that removes it at once. */
export function ForYouList({ papers }: { papers: ForYouPaper[] }) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const hide = useMutation({
    mutationFn: async (paperId: string) => unwrap(await setNotInterestedAction({ paperId, hidden: true })),
    onMutate: (paperId) => setHidden((current) => new Set(current).add(paperId)),
    onError: (_error, paperId) =>
      setHidden((current) => {
        const next = new Set(current);
        next.delete(paperId);
        return next;
      }),
  });

  return (
    <>
      {hide.isError ? (
        <p role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">
          {errorMessage(hide.error, "Couldn't hide that paper. Try again.")}
        </p>
      ) : null}
      <ol aria-label="Papers" className="space-y-4">
        {papers
          .filter((paper) => !hidden.has(paper.id))
          .map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} vote={{ upvoted: paper.upvoted, count: paper.upvoteCount, signedIn: true }} />
              <div className="mt-2 flex flex-wrap items-center gap-2 px-1 text-xs">
                <span className="text-zinc-500">Because you follow</span>
                <ul aria-label={`Why ${paper.title} is here`} className="flex flex-wrap gap-1.5">
                  {paper.reasons.map((chip) => (
                    <li key={chip.slug}>
                      <Link
                        href={`/topics/${chip.slug}`}
                        className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-700 hover:underline dark:bg-zinc-900 dark:text-brand-100"
                      >
                        {chip.own ? `your topic: ${chip.name}` : chip.name}
                      </Link>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  onClick={() => hide.mutate(paper.id)}
                  aria-label={`Not interested in ${paper.title}`}
                  className="ml-auto rounded-md px-2 py-0.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-900"
                >
                  Not interested
                </button>
              </div>
            </li>
          ))}
      </ol>
    </>
  );
}
