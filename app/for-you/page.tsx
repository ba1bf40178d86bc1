import type { Metadata } from "next";
import Link from "next/link";
import { ForYouFeed } from "@/app/for-you/_components/for-you-feed";

export const metadata: Metadata = { title: "For you" };

// The same shell for every reader, rendered once at build: the list is the reader's own and comes from
// GET /api/for-you (measured against a page rendered per reader: BENCHMARKS.md, "For you").
export const dynamic = "force-static";

export default function ForYouPage() {
  return (
    <>
      <div className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight">For you</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Trending papers from the topics you follow. Each shows why it is here.{" "}
          <Link href="/about/ranking" className="underline">
            How trending works
          </Link>
        </p>
      </div>
      <ForYouFeed />
    </>
  );
}
