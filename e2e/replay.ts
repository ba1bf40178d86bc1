// Replaying a server action without a session, as an attacker calling the endpoint directly would: the
// browser sends the real request (held back from the server), and it is posted again with no cookies.
import type { Page, PlaywrightWorkerArgs } from "@playwright/test";

/**
 * What the server answers when the action `act` posts to `path` on `page` arrives without a session.
 * The browser's own request never reaches the server, so nothing is written on its behalf.
 */
export async function replayWithoutSession(
  {
    page,
    playwright,
    baseURL,
  }: { page: Page; playwright: PlaywrightWorkerArgs["playwright"]; baseURL: string | undefined },
  path: string,
  act: () => Promise<unknown>,
) {
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route(
    (url) => url.pathname === path,
    (route) => (route.request().headers()["next-action"] ? route.abort() : route.continue()),
  );
  await act();
  const action = await captured;

  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    const { cookie: _cookie, ...headers } = await action.allHeaders();
    const response = await anonymous.post(path, { headers, data: action.postDataBuffer()! });
    return { status: response.status(), text: await response.text() };
  } finally {
    await anonymous.dispose();
  }
}
