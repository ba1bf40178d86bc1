"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useEffect, useRef } from "react";

type Props = { maxLength: number; className?: string };

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

function SearchForm({ maxLength, className, query }: Props & { query: string }) {
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
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          fill="currentColor"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400"
        >
          <path
            fillRule="evenodd"
            d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
          />
        </svg>
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
