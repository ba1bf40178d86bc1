import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const emptyModule = fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url));

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; in Node tests it is just a marker.
    alias: { "server-only": emptyModule },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,app,components,emails,prisma,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,app,components,emails,prisma,scripts}/**/*.int.test.{ts,tsx}"],
          globalSetup: ["./lib/testing/global-setup.ts"],
          setupFiles: ["./lib/testing/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
