import { CopyButton } from "@/components/copy-button";
import { env } from "@/lib/env";
import { bibtex } from "@/lib/papers/bibtex";
import { absUrlOf } from "@/lib/papers/paper-links";

type Citable = {
  id: string;
  arxivId: string | null;
  title: string;
  authors: { name: string }[];
  categories: string[];
  publishedAt: Date | null;
  createdAt: Date;
};

/**
 * "Cite" and "Copy link", and the BibTeX itself in a <details>: readable and selectable without JavaScript
 * or clipboard access. A paper without an arXiv id is cited by title, authors, year and its page here,
 * which is still where a reader of the citation would find it. The link is the canonical one (APP_URL),
 * never the address bar with whatever query string brought the reader.
 */
export function CiteControls({ paper }: { paper: Citable }) {
  const pageUrl = `${env.APP_URL}/papers/${paper.id}`;
  const entry = bibtex({
    arxivId: paper.arxivId,
    title: paper.title,
    authors: paper.authors.map((author) => author.name),
    year: (paper.publishedAt ?? paper.createdAt).getUTCFullYear(),
    // getPaper puts the primary category first.
    primaryCategory: paper.categories[0] ?? null,
    url: absUrlOf(paper) ?? pageUrl,
  });
  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <CopyButton sourceId="bibtex">Cite</CopyButton>
        <CopyButton sourceId="paper-url">Copy link</CopyButton>
      </div>
      <details className="mt-2 text-sm">
        <summary className="w-fit cursor-pointer text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
          BibTeX and link
        </summary>
        <pre
          id="bibtex"
          className="mt-2 max-h-64 overflow-auto rounded-md bg-zinc-100 p-3 text-xs whitespace-pre-wrap dark:bg-zinc-900"
        >
          {entry}
        </pre>
        <p className="mt-2 break-all">
          Link: <code id="paper-url">{pageUrl}</code>
        </p>
      </details>
    </div>
  );
}
