// fetchText against real local HTTP servers (there is no internet here, and none is needed): the size
// cap and the redirect rules are about what arrives on the wire.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ArxivFetchError, createArxivClient } from "@/lib/ingest/arxiv-client";
import { fetchText, MAX_REDIRECTS, RefusedResponseError } from "@/lib/ingest/retry";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server on 127.0.0.1, its base URL, and the paths it was asked for. */
async function serve(handler: RequestListener) {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? "");
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const options = { timeoutMs: 5000, maxBytes: 1000 };
const get = (url: string) => fetchText(fetch, url, options);

describe("fetchText", () => {
  it("reads a body up to the cap", async () => {
    const { url } = await serve((_, response) => response.end("x".repeat(1000)));
    expect(await get(url)).toEqual({ status: 200, body: "x".repeat(1000) });
  });

  it("refuses a body that grows past the cap, without a Content-Length to warn of it", async () => {
    const { url } = await serve((_, response) => {
      response.write("x".repeat(600)); // chunked: the size is only known by reading
      response.end("x".repeat(600));
    });
    await expect(get(url)).rejects.toThrow(new RefusedResponseError("the response is larger than 1000 bytes"));
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    const { url } = await serve((_, response) => {
      response.setHeader("content-length", "5000000");
      response.write("x"); // and then stalls: refusing must not wait for the rest
    });
    await expect(get(url)).rejects.toThrow("the response is larger than 1000 bytes");
  });

  it("follows redirects on the same host", async () => {
    const { url, paths } = await serve((request, response) => {
      if (request.url === "/old") response.writeHead(301, { location: "/new" }).end();
      else response.end("moved here");
    });
    expect((await get(`${url}/old`)).body).toBe("moved here");
    expect(paths).toEqual(["/old", "/new"]);
  });

  it("refuses a redirect to another host, and never asks that host", async () => {
    const elsewhere = await serve((_, response) => response.end("not arXiv"));
    const { url } = await serve((_, response) => response.writeHead(302, { location: `${elsewhere.url}/x` }).end());
    await expect(get(url)).rejects.toThrow(`refused a redirect from ${new URL(url).host} to ${elsewhere.url}`);
    expect(elsewhere.paths).toEqual([]);
  });

  it("refuses a redirect from https down to http on the same host", async () => {
    const fake: typeof fetch = async () => new Response(null, { status: 301, headers: { location: "http://a.test/" } });
    await expect(fetchText(fake, "https://a.test/", options)).rejects.toThrow("refused a redirect");
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    const { url } = await serve((request, response) => response.writeHead(302, { location: `${request.url}x` }).end());
    await expect(get(`${url}/`)).rejects.toThrow(`more than ${MAX_REDIRECTS} redirects`);
  });
});

describe("the arXiv client behind a redirect to another host", () => {
  it("fails the request at once with an ArxivFetchError, without retrying", async () => {
    const elsewhere = await serve((_, response) => response.end("<feed/>"));
    const arxiv = await serve((_, response) => response.writeHead(301, { location: elsewhere.url }).end());
    const client = createArxivClient({ baseUrl: `${arxiv.url}/api/query`, sleep: async () => {} });
    const pages = client.pages({ searchQuery: "cat:cs.LG", maxResults: 1 });
    const failure = pages.next();
    await expect(failure).rejects.toBeInstanceOf(ArxivFetchError);
    await expect(failure).rejects.toThrow("refused a redirect");
    expect(arxiv.paths).toHaveLength(1);
  });
});
