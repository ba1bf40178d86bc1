/** Shown while a search runs: the shape of the result list, announced to screen readers. */
export default function Loading() {
  return (
    <div role="status" aria-label="Searching papers">
      <div className="mb-6 h-8 w-32 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="space-y-4">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="animate-pulse rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
            <div className="h-5 w-3/4 rounded bg-zinc-200 dark:bg-zinc-800" />
            <div className="mt-3 h-3 w-full rounded bg-zinc-100 dark:bg-zinc-900" />
            <div className="mt-2 h-3 w-5/6 rounded bg-zinc-100 dark:bg-zinc-900" />
          </div>
        ))}
      </div>
    </div>
  );
}
