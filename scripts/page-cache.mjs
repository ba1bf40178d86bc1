// `npm start`'s HTTP cache in front of Next.js, in each worker: what a CDN or nginx's proxy_cache would do
// for a self-hosted server. Next.js already renders the public pages once per interval (ADR 005), but
// serving one of those renders still runs its whole request pipeline (the proxy, routing, the response
// cache: ~3–5 ms of CPU on a 2-core machine); replaying the same bytes costs a fraction of that.
//
// Only what Next.js itself marks as shared is kept: a 200 to a GET with `Cache-Control: s-maxage`, no
// Set-Cookie. A fresh render (`x-nextjs-cache` HIT, MISS or REVALIDATED: younger than its `revalidate`) is
// kept for TTL_MS, so a page is never older than its revalidate + TTL_MS — within next.config's 30 s for
// every cached route (lists 15 + 10, papers 20 + 10). A stale one (STALE: Next.js serves its old render while
// it makes a new one in the background) is kept for STALE_TTL_MS only. Without it, every request for that
// page runs Next's whole pipeline until the new render lands; under load the render is slow, so that window
// grows, the pipeline takes the CPU the render needs, and the server stays stuck serving stale pages the
// expensive way. With it, one request per second per page and worker reaches Next.js then, and a page
// is at most expireTime (30 s) + 1 s old. The key is the URL plus the
// request headers Next.js varies those responses on; cookies are not in it because such a response is the
// same for everyone (Next.js ignores cookies for it). Bounded in bytes, least recently used out first.

const TTL_MS = 10_000;
const STALE_TTL_MS = 1_000;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
const VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const FRESH = new Set(["HIT", "MISS", "REVALIDATED"]);
const STALE = "STALE";

/** What the compression Next.js applies makes of an Accept-Encoding header. */
const encodingClass = (accept = "") => (/\bgzip\b/.test(accept) ? "gzip" : /\bdeflate\b/.test(accept) ? "deflate" : "");

export function createPageCache({
  ttlMs = TTL_MS,
  staleTtlMs = STALE_TTL_MS,
  maxBytes = MAX_BYTES,
  now = Date.now,
} = {}) {
  /** @type {Map<string, { status: number, headers: Record<string, unknown>, body: Buffer, expires: number }>} */
  const entries = new Map();
  let bytes = 0;

  const keyOf = (request) =>
    request.method === "GET"
      ? [
          request.url,
          encodingClass(request.headers["accept-encoding"]),
          ...VARY.map((h) => request.headers[h] ?? ""),
        ].join("\n")
      : null;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function store(key, entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** How long to keep what Next.js answered (ms), or 0 when it may not be kept. */
  function lifetime(response, headers, size) {
    if (response.statusCode !== 200 || size > MAX_ENTRY_BYTES || headers["set-cookie"]) return 0;
    if (!/\bs-maxage=\d+/.test(String(headers["cache-control"] ?? ""))) return 0;
    const state = String(headers["x-nextjs-cache"]);
    return FRESH.has(state) ? ttlMs : state === STALE ? staleTtlMs : 0;
  }

  return {
    /** Answers from the cache if it can; true when it did. */
    serve(request, response) {
      const key = keyOf(request);
      const entry = key === null ? undefined : entries.get(key);
      if (!entry) return false;
      if (entry.expires <= now()) {
        remove(key);
        return false;
      }
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      if (entry.headers.etag && request.headers["if-none-match"] === entry.headers.etag) {
        response.writeHead(304, { etag: entry.headers.etag, "cache-control": entry.headers["cache-control"] });
        response.end();
        return true;
      }
      response.writeHead(entry.status, {
        ...entry.headers,
        "x-nextjs-cache": "HIT",
        "content-length": entry.body.length,
      });
      response.end(entry.body);
      return true;
    },

    /** Keeps what Next.js answers `request`, if it may be shared. */
    capture(request, response) {
      const key = keyOf(request);
      if (key === null) return;
      const chunks = [];
      let size = 0;
      const { write, end } = response;
      const collect = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_ENTRY_BYTES) return;
        const buffer = Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
        chunks.push(buffer);
        size += buffer.length;
      };
      response.write = function (chunk, encoding, ...rest) {
        collect(chunk, encoding);
        return write.call(this, chunk, encoding, ...rest);
      };
      response.end = function (chunk, encoding, ...rest) {
        collect(chunk, encoding);
        const headers = { ...response.getHeaders() };
        const keep = lifetime(response, headers, size);
        if (keep > 0) {
          delete headers["content-length"];
          delete headers["transfer-encoding"];
          delete headers.connection;
          store(key, {
            status: response.statusCode,
            headers,
            body: Buffer.concat(chunks, size),
            expires: now() + keep,
          });
        }
        return end.call(this, chunk, encoding, ...rest);
      };
    },

    get size() {
      return entries.size;
    },
  };
}
