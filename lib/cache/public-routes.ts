// Where proxy.ts sends the public pages that are the same for every reader (ADR 005). Their URLs carry
// their state in the query string (`/?view=new&page=2`), and a query string makes a Next.js page render
// per request; so the proxy rewrites each to a path under /cached whose segments are that state, a page
// Next.js renders once per interval and serves from its cache. Only values that render a page of their
// own reach a segment (the defaults spelled out, deep pages folded into one), so the cache holds a
// bounded number of entries per list.
import { CURATED_TOPICS } from "@/lib/topics/catalogue";
import { feedParamsSchema } from "@/lib/validations/feed";
import { MAX_PAGE, parsePage } from "@/lib/validations/pagination";

/** The topic segment of the unfiltered home page: not a possible topic slug. */
export const NO_TOPIC = "-";

const curated = new Set(CURATED_TOPICS.map((topic) => topic.slug));

/** Whether a slug names a curated topic: the same for everyone, unlike a reader's own topics. */
export const isCuratedSlug = (slug: string) => curated.has(slug);

/** Every page past the last one shows the same "no papers on this page" note. */
const cachedPage = (page: number) => Math.min(page, MAX_PAGE + 1);

const query = (search: URLSearchParams) =>
  Object.fromEntries([...search.keys()].map((key) => [key, search.getAll(key)]));

/** The cached path of a home page URL, or null when it is not the same for everyone (a reader's own topic). */
export function cachedHomePath(search: URLSearchParams) {
  const params = feedParamsSchema.parse(query(search));
  if (params.topic && !isCuratedSlug(params.topic)) return null;
  const period = params.view === "top" ? params.period : "week"; // the others ignore it
  return `/cached/home/${params.view}/${period}/${params.topic ?? NO_TOPIC}/${cachedPage(params.page)}`;
}

/** The cached path of a curated topic's page, or null for any other slug (own topics, unknown ones). */
export function cachedTopicPath(slug: string, search: URLSearchParams) {
  if (!isCuratedSlug(slug)) return null;
  return `/cached/topics/${slug}/${cachedPage(parsePage(search.getAll("page")))}`;
}

export const CACHED_TOPIC_LIST_PATH = "/cached/topic-list/all";

/** Whether a cached home page's segments are the ones the proxy writes for some URL. The cached routes can
 *  also be asked for directly; anything else would be one more cache entry, made up by whoever asked. */
export function isCachedHomePath(segments: { view: string; period: string; topic: string; page: string }) {
  const { view, period, topic, page } = segments;
  const search = new URLSearchParams({ view, period, page });
  if (topic !== NO_TOPIC) search.set("topic", topic);
  return cachedHomePath(search) === `/cached/home/${view}/${period}/${topic}/${page}`;
}

/** Whether a cached topic page's page segment is the one the proxy writes for some URL. */
export const isCachedTopicPage = (page: string) => String(cachedPage(parsePage(page))) === page;
