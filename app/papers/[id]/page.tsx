import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperDate } from "@/components/paper-date";
import { getPaper } from "@/lib/data/papers";
import { excerpt } from "@/lib/papers/text";

export async function generateMetadata({ params }: PageProps<"/papers/[id]">): Promise<Metadata> {
  const paper = await getPaper((await params).id);
  if (!paper) return { title: "Paper not found" };
  return { title: paper.title, description: excerpt(paper.abstract, 200) };
}

export default async function PaperPage({ params }: PageProps<"/papers/[id]">) {
  const paper = await getPaper((await params).id);
  if (!paper) notFound();

  return (
    <article className="mx-auto max-w-3xl">
      <Link href="/" className="text-sm text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100">
        ← All papers
      </Link>
      <h1 className="mt-4 font-serif text-2xl leading-tight font-bold text-balance sm:text-3xl">{paper.title}</h1>
      {paper.authors.length > 0 ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">{paper.authors.join(", ")}</p>
      ) : null}
      <p className="mt-2 text-sm text-zinc-500">
        <PaperDate paper={paper} />
        {paper.arxivId ? <> · arXiv:{paper.arxivId}</> : null}
      </p>
      <section aria-labelledby="abstract" className="mt-8">
        <h2 id="abstract" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
          Abstract
        </h2>
        <p className="mt-2 leading-relaxed whitespace-pre-line">{paper.abstract}</p>
      </section>
      {paper.absUrl || paper.pdfUrl ? (
        <p className="mt-8 flex gap-4 text-sm">
          {paper.absUrl ? (
            <a href={paper.absUrl} className="font-medium text-brand-600 hover:underline" rel="noopener">
              Abstract page
            </a>
          ) : null}
          {paper.pdfUrl ? (
            <a href={paper.pdfUrl} className="font-medium text-brand-600 hover:underline" rel="noopener">
              PDF
            </a>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
