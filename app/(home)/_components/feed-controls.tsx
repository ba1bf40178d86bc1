import type { Route } from "next";
import Link from "next/link";
import { OwnTopicOptions } from "@/app/(home)/_components/own-topic-options";
import { Button } from "@/components/ui/button";
import type { FeedParams } from "@/lib/validations/feed";

const VIEWS = [
  { view: "trending", label: "Trending" },
  { view: "new", label: "New" },
  { view: "top", label: "Top" },
] as const;
const PERIODS = [
  { period: "day", label: "Today" },
  { period: "week", label: "This week" },
  { period: "month", label: "This month" },
] as const;

export function feedHref(params: Partial<FeedParams>): Route {
  const query = new URLSearchParams();
  if (params.view && params.view !== "trending") query.set("view", params.view);
  if (params.view === "top" && params.period && params.period !== "week") query.set("period", params.period);
  if (params.topic) query.set("topic", params.topic);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const search = query.toString();
  return (search ? `/?${search}` : "/") as Route;
}

const tab = (active: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-900"}`;

/** Trending / New / Top tabs, Top's period, and a topic filter (a plain GET form: works without JS). */
export function FeedControls({ params, topics }: { params: FeedParams; topics: { slug: string; name: string }[] }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="Lists" className="flex flex-wrap items-center gap-1">
        {VIEWS.map(({ view, label }) => (
          <Link
            key={view}
            href={feedHref({ ...params, view, page: 1 })}
            aria-current={params.view === view ? "page" : undefined}
            className={tab(params.view === view)}
          >
            {label}
          </Link>
        ))}
        {params.view === "top" ? (
          <span className="flex flex-wrap gap-1 border-zinc-200 sm:ml-2 sm:border-l sm:pl-2 dark:border-zinc-800">
            {PERIODS.map(({ period, label }) => (
              <Link
                key={period}
                href={feedHref({ ...params, period, page: 1 })}
                aria-current={params.period === period ? "page" : undefined}
                className={tab(params.period === period)}
              >
                {label}
              </Link>
            ))}
          </span>
        ) : null}
      </nav>
      <form method="get" action="/" className="flex items-center gap-2 text-sm">
        {params.view !== "trending" ? <input type="hidden" name="view" value={params.view} /> : null}
        {params.view === "top" ? <input type="hidden" name="period" value={params.period} /> : null}
        <label htmlFor="topic-filter" className="text-zinc-600 dark:text-zinc-400">
          Topic
        </label>
        <select
          id="topic-filter"
          name="topic"
          defaultValue={params.topic ?? ""}
          className="max-w-48 min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
          <OwnTopicOptions listed={topics.map((topic) => topic.slug)} />
        </select>
        <Button type="submit" variant="secondary" size="sm">
          Filter
        </Button>
      </form>
    </div>
  );
}
