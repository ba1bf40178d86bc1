// How a browser calls the upvote server action, learnt from a browser: Chromium opens a page as a
// signed-in reader, clicks the first Upvote button once, and we keep the POST it sent (the `next-action` id, the router
// state tree, the content type and the encoded arguments). Action ids change with every build, so
// capturing beats hard-coding. The template then replays that request for any paper and either vote.
import { chromium } from "@playwright/test";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { chromiumExecutable } from "@/lib/testing/chromium";

export type ActionTemplate = {
  /** The page the action was posted to, e.g. `/papers/<id>` or `/`. */
  path: string;
  /** The headers the browser sent, minus those that belong to one connection or one user. */
  headers: Record<string, string>;
  /** The captured body, e.g. `[{"paperId":"…","upvoted":true}]`. */
  body: string;
  /** Path, headers and body for `paperId` and the vote on or off. */
  request: (paperId: string, upvoted: boolean) => { path: string; headers: Record<string, string>; body: string };
};

// Per connection or per user; autocannon and the caller set their own.
const DROPPED = new Set(["cookie", "host", "content-length", "connection", "accept-encoding"]);

/** `token` must belong to someone who has not upvoted the page's first paper. */
export async function captureUpvoteAction(serverUrl: string, pagePath: string, token: string): Promise<ActionTemplate> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    await context.addCookies([
      { name: HTTP_SESSION_COOKIE, value: token, url: serverUrl, httpOnly: true, sameSite: "Lax" },
    ]);
    const page = await context.newPage();
    // networkidle: the button only works once React has hydrated it.
    await page.goto(`${serverUrl}${pagePath}`, { waitUntil: "networkidle" });
    // The vote's own POST: the page may post other actions meanwhile (the header saves a new reader's
    // time zone).
    const posted = page.waitForRequest(
      (r) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes('"paperId"'),
    );
    await page
      .getByRole("button", { name: /^Upvote / })
      .first()
      .click();
    const request = await posted;
    const response = await request.response();
    if (response?.status() !== 200) throw new Error(`the captured upvote answered ${response?.status()}`);
    const body = request.postData() ?? "";
    const paperId = /"paperId":"(\w+)"/.exec(body)?.[1];
    if (!paperId || !body.includes('"upvoted":true')) {
      throw new Error(`the action's arguments are encoded in a way this benchmark does not know: ${body}`);
    }
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(":") && !DROPPED.has(name)),
    );
    const swap = (text: string, id: string) => text.replaceAll(paperId, id);
    const path = new URL(request.url()).pathname;
    return {
      path,
      headers,
      body,
      // On a paper page its id is also in the path, the referer and the router state tree: swapping it
      // everywhere makes the call someone on that paper's page clicking its button.
      request: (id, upvoted) => ({
        path: swap(path, id),
        headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, swap(value, id)])),
        body: swap(body, id).replace('"upvoted":true', `"upvoted":${upvoted}`),
      }),
    };
  } finally {
    await browser.close();
  }
}
