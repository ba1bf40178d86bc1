"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, type ReactNode, Suspense, useEffect, useRef } from "react";

/** `icon`: drawn by the server (site-header.tsx), so its markup is not part of every page's JavaScript. */
type Props = { maxLength: number; icon: ReactNode; className?: string };

/**
 * The header's search box: a plain GET form to /search that navigates client-side once hydrated. Not
 * next/form: it costs every page ~1.3 kB of gzipped JavaScript for what a push and a prefetch do here.
 * On the results page it shows the current query. `maxLength` comes from the server so that zod stays
 * out of the client bundle.
 */
export function SearchBox(props: Props) {
  // useSearchParams needs a Suspense boundary; until it resolves, the box is simply empty.
  return (
    <Suspense fallback={<SearchForm {...props} query="" />}>
      <CurrentSearchForm {...props} />
    </Suspense>
  );
}

function CurrentSearchForm(props: Props) {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = (pathname === "/search" && params.get("q")) || "";
  return <SearchForm {...props} query={query} />;
}

function SearchForm({ maxLength, icon, className, query }: Props & { query: string }) {
  const router = useRouter();
  // Moving between searches (or away) resets the box's text. The same element stays: remounting it would
  // drop the keyboard focus of someone who just pressed Enter in it to <body>.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.value = query;
  }, [query]);
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = new FormData(event.currentTarget).get("q");
    router.push(`/search?${new URLSearchParams({ q: typeof words === "string" ? words : "" })}`);
  };
  return (
    <form action="/search" role="search" onSubmit={search} className={className}>
      <div className="relative">
        {icon}
        <input
          ref={input}
          type="search"
          name="q"
          aria-label="Search papers"
          placeholder="Search papers"
          enterKeyHint="search"
          maxLength={maxLength}
          defaultValue={query}
          // As next/form does when it comes into view: the results page's loading state is ready before Enter.
          onFocus={() => router.prefetch("/search")}
          className="block w-full rounded-md border border-zinc-300 bg-white py-1.5 pr-3 pl-8 text-sm placeholder:text-muted dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
    </form>
  );
}
