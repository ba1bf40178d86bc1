/** The shape of a paper list while it loads, announced to screen readers by `label`. */
export function PaperListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-4">
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="animate-pulse rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
          <div className="h-5 w-3/4 rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="mt-3 h-3 w-full rounded bg-zinc-100 dark:bg-zinc-900" />
          <div className="mt-2 h-3 w-5/6 rounded bg-zinc-100 dark:bg-zinc-900" />
        </div>
      ))}
    </div>
  );
}
