import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CiteControls } from "@/app/papers/[id]/_components/cite-controls";
import { MathText } from "@/components/math-text";
import { PaperDate } from "@/components/paper-date";
import { UpvoteButton } from "@/components/upvote-button";
import { type SimilarPaper, cachedSimilarPapers, getPaper, getPaperTopics } from "@/lib/data/papers";
import { arxivAbsUrl } from "@/lib/ingest/arxiv-id";
import { unlessBusy } from "@/lib/load-limits";
import { texToPlainText } from "@/lib/math/plain-text";
import { paperIdSchema } from "@/lib/papers/paper-id";
import { absUrlOf, pdfUrlOf } from "@/lib/papers/paper-links";
import { excerpt, shortAuthors } from "@/lib/papers/text";
import { segmentOrNotFound } from "@/lib/route-params";
import { shareMetadata, shareText } from "@/lib/seo/share";

export async function generateMetadata({ params }: PageProps<"/papers/[id]">): Promise<Metadata> {
  const paper = await getPaper(segmentOrNotFound(paperIdSchema, (await params).id));
  if (!paper) return { title: "Paper not found" };
  const authors = paper.authors.map((author) => author.name);
  const description = shareText(excerpt(paper.abstract, 200));
  return shareMetadata({
    title: shareText(paper.title),
    // Link previews show the description under the title: who wrote it first, as on the page.
    description: authors.length > 0 ? `${shortAuthors(authors)}. ${description}` : description,
    path: `/papers/${paper.id}`,
    type: "article",
    authors,
    largeImage: true,
  });
}

// Rendered once for everyone per interval (ADR 005): at most 20 s old, never older than next.config's
// expireTime (30 s). The reader's vote comes after hydration.
export const revalidate = 20;

/** Nothing at build time (there is no database then): each paper renders on its first visit. */
export function generateStaticParams() {
  return [];
}

// No loading.tsx here on purpose: a streamed page has already sent its 200 before notFound() runs.
export default async function PaperPage({ params }: PageProps<"/papers/[id]">) {
  const id = segmentOrNotFound(paperIdSchema, (await params).id);
  // Similar papers are the one costly read here (kept an hour in the data cache); when the database is too
  // busy for them (a cold cache under load), the page is still rendered, and cached, without them.
  const [paper, topics, similar] = await Promise.all([
    getPaper(id),
    getPaperTopics(id),
    unlessBusy(
      () => cachedSimilarPapers(id, 5),
      (): SimilarPaper[] => [],
    ),
  ]);
  if (!paper) notFound();
  const absUrl = absUrlOf(paper);
  const pdfUrl = pdfUrlOf(paper);

  return (
    <article className="mx-auto max-w-3xl">
      <Link href="/" className="text-sm text-muted hover:text-zinc-900 dark:hover:text-zinc-100">
        ← All papers
      </Link>
      <div className="mt-4 flex items-start gap-4">
        <UpvoteButton paperId={paper.id} title={texToPlainText(paper.title)} count={paper.upvoteCount} />
        <h1 className="font-serif text-2xl leading-tight font-bold text-balance sm:text-3xl">
          <MathText text={paper.title} />
        </h1>
      </div>
      {paper.authors.length > 0 ? (
        <ul aria-label="Authors" className="mt-3 flex flex-wrap gap-x-1 text-zinc-700 dark:text-zinc-300">
          {paper.authors.map((author, i) => (
            <li key={i}>
              {author.name}
              {author.affiliations.length > 0 ? (
                <span className="text-sm text-muted"> ({author.affiliations.join("; ")})</span>
              ) : null}
              {i < paper.authors.length - 1 ? "," : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <PaperDate paper={paper} />
        {absUrl ? <ExternalLink href={absUrl}>arXiv</ExternalLink> : null}
        {pdfUrl ? <ExternalLink href={pdfUrl}>PDF</ExternalLink> : null}
      </p>
      <CiteControls paper={paper} />
      {paper.categories.length > 0 ? (
        <ul aria-label="Categories" className="mt-3 flex flex-wrap gap-1.5">
          {paper.categories.map((category, i) => (
            <li
              key={category}
              title={i === 0 && paper.categories.length > 1 ? "Primary category" : undefined}
              className={`rounded px-1.5 py-0.5 font-mono text-xs ${i === 0 ? primaryBadgeClass : badgeClass}`}
            >
              {category}
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="abstract" className="mt-8">
        <h2 id="abstract" className={headingClass}>
          Abstract
        </h2>
        <p className="mt-2 leading-relaxed whitespace-pre-line">
          <MathText text={paper.abstract} />
        </p>
      </section>
      <PaperDetails paper={paper} />
      {topics.length > 0 ? (
        <section aria-labelledby="topics" className="mt-8">
          <h2 id="topics" className={headingClass}>
            Topics
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link
                  href={`/topics/${topic.slug}`}
                  className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-brand-100"
                >
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {similar.length > 0 ? (
        <section aria-labelledby="similar" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <h2 id="similar" className={headingClass}>
            Similar papers
          </h2>
          <ul className="mt-3 space-y-3">
            {similar.map((other) => (
              <li key={other.id}>
                <Link
                  href={`/papers/${other.id}`}
                  className="font-serif font-semibold hover:text-brand-700 dark:hover:text-brand-100"
                >
                  <MathText text={other.title} />
                </Link>
                <p className="text-xs text-muted">
                  <PaperDate paper={other} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

const headingClass = "text-sm font-semibold tracking-wide text-muted uppercase";
const primaryBadgeClass = "bg-brand-50 text-brand-700 dark:bg-brand-900 dark:text-brand-100";
const badgeClass = "bg-zinc-100 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400";

type Details = {
  arxivId: string | null;
  arxivVersion: number | null;
  doi: string | null;
  journalRef: string | null;
  comment: string | null;
};

/** The bibliographic details arXiv gives: its id, DOI, journal reference and the authors' comment. */
function PaperDetails({ paper }: { paper: Details }) {
  const rows: [string, ReactNode][] = [];
  if (paper.arxivId) rows.push(["arXiv", paper.arxivId]);
  if (paper.arxivId && paper.arxivVersion)
    rows.push([
      "Version",
      <>
        v{paper.arxivVersion} · <ExternalLink href={arxivAbsUrl(paper.arxivId)}>all versions on arXiv</ExternalLink>
      </>,
    ]);
  if (paper.doi)
    rows.push([
      "DOI",
      <ExternalLink key="doi" href={doiUrl(paper.doi)}>
        {paper.doi}
      </ExternalLink>,
    ]);
  if (paper.journalRef) rows.push(["Journal reference", paper.journalRef]);
  if (paper.comment) rows.push(["Comment", paper.comment]);
  if (rows.length === 0) return null;
  return (
    <dl className="mt-8 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="font-medium text-link hover:underline" rel="noopener">
      {children}
    </a>
  );
}

// DOIs may hold `#`, `?` or spaces; keep their slashes readable but escape the rest.
const doiUrl = (doi: string) => `https://doi.org/${encodeURIComponent(doi).replace(/%2F/gi, "/")}`;
