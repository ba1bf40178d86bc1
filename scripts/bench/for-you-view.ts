// What one "For you" view asks the server for: every request a browser makes for the page's data, in
// the order it makes them. This is the one place that says so. Requests of one stage go out together, as
// the browser sends them; a stage starts when the previous one has answered, since it may need what that
// one returned (the paper ids on a page). Static assets are left out: a browser caches them. The other
// design issue 11 asked for (the list rendered per reader) lost and is gone (BENCHMARKS.md "For you:
// rendered page…").

export type Fetched = { path: string; status: number; body: string };
export type ViewRequest = { path: string; verify: (body: string) => boolean };
/** The requests of one stage, from the answers to the stage before it (none for the first). */
export type ViewStage = (previous: Fetched[]) => ViewRequest[];

/** The contract's cap on ids per list of GET /api/me. */
const ME_MAX_IDS = 100;
const PAPER_LINK = /\/papers\/([0-9a-z]{12})\b/;

/** The papers a page links to, in order, once each: what the browser's PersonalLoader asks about. */
export function paperIdsIn(html: string) {
  return [...new Set(Array.from(html.matchAll(new RegExp(PAPER_LINK, "g")), (match) => match[1]!))].slice(
    0,
    ME_MAX_IDS,
  );
}

export const mePath = (paperIds: string[], topicIds: string[] = []) => {
  const query = new URLSearchParams();
  if (paperIds.length) query.set("papers", paperIds.join(","));
  if (topicIds.length) query.set("topics", topicIds.join(","));
  return `/api/me${query.size ? `?${query}` : ""}`;
};

/** A signed-in reader's answer from /api/me: the contract's `viewer` object, not `null`. */
export const isSignedInMe = (body: string) => body.includes('"viewer":{');

function parsesAsJson(body: string) {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** The stages of one view of /for-you, page 1, for a signed-in reader (the runner adds the cookie). */
export function forYouView(): ViewStage[] {
  return [
    // A static shell, the same for every reader…
    () => [{ path: "/for-you", verify: (body) => body.includes("<html") }],
    // …then the list with the reader's state (viewer, votes) in one JSON answer.
    () => [{ path: "/api/for-you?page=1", verify: (body) => parsesAsJson(body) && body.includes('"viewer":{') }],
  ];
}
