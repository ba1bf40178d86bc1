import type { Metadata, Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { PaperCard } from "@/components/paper-card";
import { listPapers } from "@/lib/data/papers";
import { parsePage } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: { absolute: "Paperboy — follow research papers" } };

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const page = parsePage(params.page);
  const { papers, total, pageCount } = await listPapers(page);

  return (
    <>
      {params.deleted === "1" ? (
        <p role="status" className="mb-6 rounded-md bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900">
          Your account has been deleted, along with everything it held.
        </p>
      ) : null}
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Papers</h1>
        {total > 0 ? (
          <p className="text-sm text-zinc-500">
            {total.toLocaleString("en")} {total === 1 ? "paper" : "papers"}
          </p>
        ) : null}
      </div>
      {total === 0 ? (
        <EmptyState title="No papers yet">
          Papers appear here as soon as they are added. Load the sample with <code>npm run db:seed</code>.
        </EmptyState>
      ) : papers.length === 0 ? (
        <EmptyState title="No papers on this page">
          The list has {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
          <Link href="/" className="font-medium text-brand-600 hover:underline">
            Back to the first page
          </Link>
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Papers">
          {papers.map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? "/" : `/?page=${p}`) as Route} />
    </>
  );
}
