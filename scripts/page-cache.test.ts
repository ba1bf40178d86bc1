import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPageCache } from "./page-cache.mjs";

// A stand-in for Next.js behind the cache: answers with the headers a test sets, counting what it renders.
let clock = 0;
let rendered = 0;
let reply: Record<string, string> = {};
let status = 200;
const cache = createPageCache({ ttlMs: 10_000, staleTtlMs: 1_000, now: () => clock });
let server: Server;
let base = "";

function next(request: IncomingMessage, response: ServerResponse) {
  rendered += 1;
  response.statusCode = status;
  for (const [name, value] of Object.entries(reply)) response.setHeader(name, value);
  response.write(`<p>render ${rendered} of ${request.url}`);
  response.end(` for ${request.headers.rsc ? "rsc" : "html"}</p>`);
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (cache.serve(request, response)) return;
    cache.capture(request, response);
    next(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  status = 200;
  reply = { "cache-control": "s-maxage=15, stale-while-revalidate=15", "x-nextjs-cache": "HIT" };
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
};

describe("npm start's page cache", () => {
  it("replays a shared render, byte for byte with its headers, until its time is up", async () => {
    const first = await get("/a");
    const again = await get("/a");
    expect(again.body).toBe(first.body);
    expect(again.headers.get("cache-control")).toBe("s-maxage=15, stale-while-revalidate=15");
    clock += 9_999;
    expect((await get("/a")).body).toBe(first.body);
    clock += 1;
    expect((await get("/a")).body).not.toBe(first.body);
  });

  it("keys on the headers Next.js varies on: an RSC request is not answered with HTML", async () => {
    const html = await get("/b");
    const rsc = await get("/b", { rsc: "1" });
    expect(rsc.body).not.toBe(html.body);
    expect((await get("/b", { rsc: "1" })).body).toBe(rsc.body);
  });

  it("keeps a stale render for a second only: Next.js is making the next one", async () => {
    reply["x-nextjs-cache"] = "STALE";
    const stale = await get("/s");
    clock += 999;
    expect((await get("/s")).body).toBe(stale.body);
    clock += 1;
    reply["x-nextjs-cache"] = "HIT";
    const fresh = await get("/s");
    expect(fresh.body).not.toBe(stale.body);
    clock += 9_999;
    expect((await get("/s")).body).toBe(fresh.body);
  });

  it("never keeps a personal, failed or uncacheable answer", async () => {
    const cases: [string, () => void][] = [
      ["set-cookie", () => (reply["set-cookie"] = "a=b")],
      ["private", () => (reply["cache-control"] = "private, no-cache, no-store, max-age=0, must-revalidate")],
      ["expired or unknown", () => (reply["x-nextjs-cache"] = "EXPIRED")],
      ["not found", () => (status = 404)],
    ];
    for (const [name, arrange] of cases) {
      arrange();
      const first = await get(`/c-${name}`);
      expect((await get(`/c-${name}`)).body, name).not.toBe(first.body);
      reply = { "cache-control": "s-maxage=15", "x-nextjs-cache": "HIT" };
      status = 200;
    }
  });

  it("lets anything but GET through", async () => {
    const before = rendered;
    await fetch(`${base}/d`, { method: "POST" });
    await fetch(`${base}/d`, { method: "POST" });
    expect(rendered - before).toBe(2);
  });
});
