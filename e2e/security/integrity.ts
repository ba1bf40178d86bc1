// INTEGRITY: hostile ids in every dynamic URL get a 404 (or 400/403), never a 500; every server action
// replayed without a session, with another reader's ids or with garbage ids writes nothing.
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { newPaperId } from "@/lib/papers/paper-id";
import { createReader, expect, test } from "../fixtures";
import { type ActionCall, HOSTILE_SEGMENTS, callAction, readerState, setUpVictim } from "./integrity-tools";

/** ?page= values: the pages with a page number read them and must fall back, not fail. */
const HOSTILE_PAGES = ["%00", "-1", "0", "1e999", "99999999999999999999", "abc", "1&page=2", "%FF", "1.5"];

test.describe("hostile ids in URLs", () => {
  const signedOut = [
    (v: string) => `/papers/${v}`,
    (v: string) => `/topics/${v}`,
    (v: string) => `/unsubscribe/${v}`,
    (v: string) => `/feeds/topics/${v}`,
    (v: string) => `/feeds/topics/${v}.atom`,
    (v: string) => `/feeds/for-you/${v}`,
    (v: string) => `/dev/mailbox/${v}`,
  ];
  // Behind the proxy's sign-in redirect: asked signed in, so the page itself meets the value.
  const signedIn = [(v: string) => `/topics/${v}/edit`, (v: string) => `/digests/${v}`];

  test("every dynamic page and feed answers 404 or 400, never 500", async ({ request, db }) => {
    const reader = await createReader(db);
    const cookie = `${HTTP_SESSION_COOKIE}=${reader.sessionToken}`;
    const failures: string[] = [];
    for (const value of HOSTILE_SEGMENTS) {
      for (const [paths, headers] of [
        [signedOut, {}],
        [signedIn, { cookie }],
      ] as const) {
        for (const path of paths) {
          const url = path(value);
          const { status } = await get(request, url, headers);
          if (status !== 404 && status !== 400) failures.push(`${status} GET ${url.slice(0, 80)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("unsubscribe POSTs with a hostile token are refused and change nothing", async ({ request, db }) => {
    const reader = await createReader(db);
    await db.user.update({ where: { id: reader.id }, data: { digestEnabled: true } });
    const failures: string[] = [];
    for (const value of [...HOSTILE_SEGMENTS, `u1.digest.${reader.id}.${"A".repeat(43)}`]) {
      for (const url of [`/unsubscribe/${value}`, `/api/unsubscribe/${value}`]) {
        const response = await request.post(url, {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          data: "List-Unsubscribe=One-Click",
          maxRedirects: 0,
        });
        if (![400, 403, 404].includes(response.status()))
          failures.push(`${response.status()} POST ${url.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).digestEnabled).toBe(true);
  });

  test("a garbage page number falls back instead of failing", async ({ request, db }) => {
    const reader = await createReader(db);
    const cookie = `${HTTP_SESSION_COOKIE}=${reader.sessionToken}`;
    const failures: string[] = [];
    for (const page of HOSTILE_PAGES) {
      for (const url of [
        `/?page=${page}`,
        `/?view=top&period=${page}&topic=${page}&page=${page}`,
        `/topics/quantization?page=${page}`,
        `/for-you?page=${page}`,
      ]) {
        const { status } = await get(request, url, { cookie });
        if (status >= 500) failures.push(`${status} GET ${url}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

async function get(
  request: import("@playwright/test").APIRequestContext,
  url: string,
  headers: Record<string, string>,
) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  return { status: response.status() };
}

test.describe("server actions replayed by someone else", () => {
  /** Every action that writes. Public ones (sign-in and subscribe links) are meant for anyone. */
  const TABLE: { action: string; calls: (v: Awaited<ReturnType<typeof setUpVictim>>) => ActionCall[] }[] = [
    {
      action: "setUpvoteAction",
      calls: ({ paper }) => [
        { page: "/", input: { paperId: paper, upvoted: false } },
        ...garbageIds((paperId) => ({ page: "/", input: { paperId, upvoted: true } })),
      ],
    },
    {
      action: "setNotInterestedAction",
      calls: ({ hiddenPaper }) => [
        { page: "/for-you", input: { paperId: hiddenPaper, hidden: false } },
        ...garbageIds((paperId) => ({ page: "/for-you", input: { paperId, hidden: true } })),
      ],
    },
    {
      action: "setFollowAction",
      calls: ({ topic }) => [
        { page: "/topics", input: { topicId: topic.id, following: false } },
        { page: "/topics", input: { topicId: topic.id, following: true }, as: "attacker" },
        ...garbageIds((topicId) => ({ page: "/topics", input: { topicId, following: true } })),
      ],
    },
    {
      action: "updateTopicAction",
      calls: ({ topic }) => [
        { page: "/topics/new", input: { topicId: topic.id, name: "Hijacked", query: "hijacked" } },
        { page: "/topics/new", input: { topicId: topic.id, name: "Hijacked", query: "hijacked" }, as: "attacker" },
        ...garbageIds((topicId) => ({ page: "/topics/new", input: { topicId, name: "Hijacked", query: "hijacked" } })),
      ],
    },
    {
      action: "deleteTopicAction",
      calls: ({ topic }) => [
        { page: `/topics/${topic.slug}/edit`, input: { topicId: topic.id } },
        { page: `/topics/${topic.slug}/edit`, input: { topicId: topic.id }, as: "attacker" },
        ...garbageIds((topicId) => ({ page: `/topics/${topic.slug}/edit`, input: { topicId } })),
      ],
    },
    {
      action: "createTopicAction",
      calls: () => [{ page: "/topics/new", input: { name: "Planted", query: "planted" } }],
    },
    { action: "updateProfileAction", calls: () => [{ page: "/settings", input: { name: "Changed by someone" } }] },
    { action: "rotateFeedTokenAction", calls: () => [{ page: "/settings", input: undefined }] },
    { action: "revokeFeedTokenAction", calls: () => [{ page: "/settings", input: undefined }] },
    { action: "deleteAccountAction", calls: () => [{ page: "/settings", input: { confirm: "delete my account" } }] },
    {
      action: "updateDigestPreferencesAction",
      calls: () => [
        {
          page: "/settings/digest",
          input: { enabled: false, frequency: "weekly", weekday: 3, hour: 4, timeZone: "Asia/Tokyo", size: 30 },
        },
      ],
    },
    { action: "resumeDigestAction", calls: () => [{ page: "/settings/digest", input: undefined }] },
    { action: "turnOnDigestAction", calls: () => [{ page: "/", input: { timeZone: "Asia/Tokyo" } }] },
    { action: "setTimeZoneAction", calls: () => [{ page: "/", input: { timeZone: "Asia/Tokyo" } }] },
    { action: "signOutAction", calls: () => [{ page: "/", input: undefined }] },
    { action: "signOutEverywhereAction", calls: () => [{ page: "/settings", input: undefined }] },
  ];

  for (const { action, calls } of TABLE) {
    test(`${action}: no session, another reader's ids or garbage ids write nothing`, async ({ request, db }) => {
      const victim = await setUpVictim(db);
      const attacker = await createReader(db);
      const before = await Promise.all([readerState(db, victim.user.id), readerState(db, attacker.id)]);
      for (const call of calls(victim)) {
        const cookie = call.as === "attacker" ? attacker.sessionToken : null;
        const { status, body } = await callAction(request, action, call.page, call.input, cookie);
        expect(status, `${action} ${JSON.stringify(call.input)?.slice(0, 60)}`).toBeLessThan(500);
        expect(body).not.toContain('"ok":true');
      }
      const after = await Promise.all([readerState(db, victim.user.id), readerState(db, attacker.id)]);
      expect(after).toEqual(before);
    });
  }
});

/** The same call with hostile ids in place of a real one, made by a signed-in reader (the attacker). */
function garbageIds(call: (id: string) => Omit<ActionCall, "as">): ActionCall[] {
  return [
    "\u0000",
    "a\u0000b",
    "x".repeat(5000),
    "../../etc/passwd",
    "\uFFFD",
    "'; DROP TABLE users; --",
    "日本語",
  ].map((id) => ({ ...call(id), as: "attacker" as const }));
}

test.describe("vote counts", () => {
  test("deleting an account takes its upvote off the count at once, with no recount", async ({ page, login, db }) => {
    const id = newPaperId();
    const title = `Counted paper ${id}`;
    await db.paper.create({ data: { id, title, abstract: "Nothing real.", publishedAt: new Date("2001-01-01") } });
    // Another reader's vote, which must stay counted.
    const other = await createReader(db);
    await db.upvote.create({ data: { userId: other.id, paperId: id } });

    const deleter = await login();
    await page.goto(`/papers/${id}`);
    const upvote = page.getByRole("button", { name: `Upvote ${title}` });
    await upvote.click();
    await expect(upvote).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => db.upvote.count({ where: { userId: deleter.id, paperId: id } })).toBe(1);
    expect((await db.paper.findUniqueOrThrow({ where: { id } })).upvoteCount).toBe(2);

    await page.goto("/settings");
    await page.getByLabel(/To confirm, type/).fill("delete my account");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL("/?deleted=1");

    expect((await db.paper.findUniqueOrThrow({ where: { id } })).upvoteCount).toBe(1);
    await page.goto(`/papers/${id}`);
    await expect(page.getByRole("button", { name: `Upvote ${title}` })).toContainText("1");
  });
});
