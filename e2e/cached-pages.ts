// Reading the cached public pages (ADR 005) as a client does, one fresh connection per request: node:cluster
// hands each new connection to the next worker, and every worker keeps a cache of its own, so a test that
// asks a few times over fresh connections reads (and fills) every worker's entry, not only one.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { Db } from "@/lib/database/client";
import { newPaperId } from "@/lib/papers/paper-id";
import { expect } from "./fixtures";

/** The three answers a cached page gives: its HTML, and its RSC payload asked for by header and by `_rsc`. */
export const FORMS = {
  html: (url: string) => ({ url, headers: {} }),
  rsc: (url: string) => ({ url, headers: { RSC: "1" } }),
  // Next.js redirects a `_rsc` that doesn't match the router headers to the one that does; both are followed.
  "rsc param": (url: string) => ({ url: `${url}${url.includes("?") ? "&" : "?"}_rsc=x`, headers: { RSC: "1" } }),
};

export function fetchFresh(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  return request.get(url, { headers: { ...headers, Connection: "close" } });
}

/** How many answers in a row must come from the cache before every worker is taken to hold a render. */
const HITS_IN_A_ROW = 6;

/**
 * Asks for `url` until the cache answers HIT several times in a row, so that a render this request context
 * caused (a missing or stale entry is rendered anew) is done and stored on every worker. Checks on the way
 * that no answer of a cached page sets a cookie, whoever asks.
 */
export async function settle(request: APIRequestContext, url: string) {
  let hits = 0;
  for (let attempt = 0; hits < HITS_IN_A_ROW; attempt++) {
    if (attempt > 80) throw new Error(`${url} did not come from the cache ${HITS_IN_A_ROW} times in a row`);
    const response = await fetchFresh(request, url);
    expectCachedAnswer(response, url);
    if (response.headers()["x-nextjs-cache"] === "HIT") hits++;
    else {
      hits = 0;
      await new Promise((resolve) => setTimeout(resolve, 200)); // a render in the background
    }
  }
}

/** An answer that came out of Next's cache (not rendered for this request) and sets no cookie. */
function expectCachedAnswer(response: APIResponse, url: string) {
  expect(response.status(), url).toBe(200);
  expect(response.headers()["set-cookie"], `${url} sets a cookie`).toBeUndefined();
  expect(response.headers()["x-nextjs-cache"], `${url} was not served from the cache`).toMatch(
    /^(HIT|STALE|MISS|REVALIDATED)$/,
  );
  expect(response.headers()["cache-control"], url).not.toMatch(/private|no-store/);
}

/**
 * A paper of the test's own, dated long before any other so that it trends last: it never disturbs the
 * sample's order other tests read, and it sits on the trending list's last page.
 */
export async function oldPaper(db: Db, label: string, publishedAt: Date) {
  const id = newPaperId();
  const title = `${label} ${id}`;
  await db.paper.create({ data: { id, title, abstract: "Nothing real.", publishedAt } });
  return { id, title };
}

/** The opening tags of every upvote button in a page's HTML. */
export function upvoteButtonsIn(html: string) {
  return [...html.matchAll(/<button[^>]*class="upvote"[^>]*>/g)].map((match) => match[0]);
}

/** The count the cached HTML shows on the upvote button of the paper titled `title` (plain ASCII). */
export function cachedCountIn(html: string, title: string) {
  const match = new RegExp(`>Upvote ${title}</span>.*?<span>([\\d,]+)</span></button>`).exec(html);
  if (!match) throw new Error(`no upvote button for ${title} in the HTML`);
  return Number(match[1]!.replace(/,/g, ""));
}
