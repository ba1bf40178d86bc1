"use client";

// The reader's "For you" list in the page's static shell: one GET /api/for-you per page view, which also
// brings who is signed in and their votes, so the header and the cards need no /api/me request.
import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useMemo } from "react";
import { ForYouList } from "@/app/for-you/_components/for-you-list";
import { EmptyState } from "@/components/empty-state";
import { PageLimitNote, Pagination } from "@/components/pagination";
import { PaperListSkeleton } from "@/components/paper-list-skeleton";
import { SeedPersonalState, type Viewer, useHoldPersonalState } from "@/components/personal-state";
import { FormError } from "@/components/ui/form-error";
import { signInHref } from "@/lib/auth/callback-url";
import type { ForYouCard } from "@/lib/data/for-you";

type Dated<T> = Omit<T, "publishedAt" | "createdAt"> & { publishedAt: string | null; createdAt: string };
type ForYouJson = {
  viewer: Viewer;
  papers: Dated<ForYouCard>[];
  hasMore: boolean;
  followsNothing: boolean;
};

class SignedOut extends Error {}

async function fetchForYou(page: number, signal: AbortSignal) {
  const response = await fetch(`/api/for-you?page=${page}`, { signal, credentials: "same-origin", cache: "no-store" });
  if (response.status === 401) throw new SignedOut();
  if (!response.ok) throw new Error(`GET /api/for-you answered ${response.status}`);
  const json = (await response.json()) as ForYouJson;
  const papers = json.papers.map((paper) => ({
    ...paper,
    publishedAt: paper.publishedAt === null ? null : new Date(paper.publishedAt),
    createdAt: new Date(paper.createdAt),
  }));
  return { ...json, papers };
}

/** `?page=` as lib/validations/pagination.ts parsePage reads it on the server (a positive integer, else 1). */
function pageOf(value: string | null) {
  const page = Number(value ?? 1);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

const pageHref = (page: number) => (page === 1 ? "/for-you" : `/for-you?page=${page}`) as Route;

export function ForYouFeed() {
  // Outside the Suspense boundary below: in place before the loader looks, however the boundaries hydrate.
  useHoldPersonalState();
  return (
    <Suspense fallback={<PaperListSkeleton label="Loading your papers" />}>
      <ForYouPage />
    </Suspense>
  );
}

function ForYouPage() {
  const page = pageOf(useSearchParams().get("page"));
  const router = useRouter();
  const { data, error, isPending } = useQuery({
    queryKey: ["for-you", page],
    queryFn: ({ signal }) => fetchForYou(page, signal),
    // One reader's list, read once per view: never shown again from memory after a vote or a hidden paper.
    staleTime: 0,
    gcTime: 0,
    retry: (failures, failure) => !(failure instanceof SignedOut) && failures < 2,
  });
  const signedOut = error instanceof SignedOut;
  useEffect(() => {
    if (signedOut) router.replace(signInHref(pageHref(page)));
  }, [signedOut, router, page]);
  const votes = useMemo(
    () => Object.fromEntries((data?.papers ?? []).map((p) => [p.id, { upvoted: p.upvoted, count: p.upvoteCount }])),
    [data],
  );

  if (isPending || signedOut) return <PaperListSkeleton label="Loading your papers" />;
  if (error) {
    return <FormError>Couldn&apos;t load your papers. Reload the page to try again.</FormError>;
  }
  const { viewer, papers, hasMore, followsNothing } = data;
  return (
    <>
      <SeedPersonalState viewer={viewer} votes={votes} />
      {followsNothing ? (
        <EmptyState title="Follow a few topics to fill this page">
          <Link href="/topics" className="font-medium text-link hover:underline">
            Pick topics to follow
          </Link>
        </EmptyState>
      ) : papers.length === 0 ? (
        <EmptyState title={page > 1 ? "No more papers" : "Nothing from your topics yet"}>
          <Link href="/topics" className="font-medium text-link hover:underline">
            Follow more topics
          </Link>
          <PageLimitNote page={page} />
        </EmptyState>
      ) : (
        <ForYouList papers={papers} />
      )}
      <Pagination page={page} hasMore={hasMore} href={pageHref} />
    </>
  );
}
