import { PaperListSkeleton } from "@/components/paper-list-skeleton";

export default function Loading() {
  return (
    <>
      <div className="mb-6 h-8 w-32 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <PaperListSkeleton label="Searching papers" />
    </>
  );
}
