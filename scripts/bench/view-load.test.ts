import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ViewStage, isSignedInMe, mePath, paperIdsIn } from "./for-you-view";
import { runViewsClosed, runViewsPaced } from "./view-load";

const NO_CPU = { serverGroup: null, postmaster: null };
let server: Server;
let serverUrl: string;
const asked: string[] = [];

beforeAll(async () => {
  // /for-you as the server-rendered design answers it; /api/me exists only for the "ready" cookie.
  server = createServer((request, response) => {
    asked.push(request.url ?? "");
    if (request.headers.cookie === "stuck") return response.write("<html>"); // and never ends
    if (request.url === "/for-you") return response.end(`<a href="/papers/aaaaaaaaaaaa">a</a>`);
    if (request.url?.startsWith("/api/me") && request.headers.cookie === "ready") {
      return response.end('{"viewer":{"name":null}}');
    }
    response.statusCode = 404;
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

// A two-stage view whose second request depends on the first answer: the shape the runner must handle.
const pageThenMe: ViewStage[] = [
  () => [{ path: "/for-you", verify: (body) => body.includes("/papers/") }],
  ([page]) => [{ path: mePath(page ? paperIdsIn(page.body) : []), verify: isSignedInMe }],
];

describe("views under load", () => {
  it("counts a view only as whole: the page, then /api/me about the page's papers", async () => {
    const load = { serverUrl, stages: pageThenMe, cookies: ["ready"] };
    const result = await runViewsClosed(load, 4, 0.3, NO_CPU);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.non2xx + result.errors + result.mismatches).toBe(0);
    expect(result.parts.map((part) => part.path).sort()).toEqual(["/api/me", "/for-you"]);
    expect(result.parts.every((part) => part.requests === result.requests)).toBe(true);
    expect(asked).toContain("/api/me?papers=aaaaaaaaaaaa");
  });

  it("fails a view whose personal request answers 404, and says which request it was", async () => {
    const load = { serverUrl, stages: pageThenMe, cookies: ["absent"] };
    const result = await runViewsPaced(load, 50, 0.2, NO_CPU);
    expect(result.requests).toBe(10);
    expect(result.non2xx).toBe(10);
    expect(result.parts.find((part) => part.path === "/api/me")?.statusCodes).toEqual({ 404: 10 });
    expect(result.parts.find((part) => part.path === "/for-you")?.statusCodes).toEqual({ 200: 10 });
  });

  it("gives up on a server that stops answering instead of waiting for it, and fails those views", async () => {
    const load = { serverUrl, stages: pageThenMe, cookies: ["stuck"] };
    const result = await runViewsPaced(load, 20, 0.5, NO_CPU);
    expect(result.requests).toBe(10);
    expect(result.errors).toBe(10);
  }, 15_000);
});
