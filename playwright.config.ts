import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./lib/testing/chromium";

// e2e/global-setup.ts starts both servers on these ports, against one fresh database.
const productionPort = Number(process.env.E2E_PORT ?? 3100);
const developmentPort = Number(process.env.E2E_DEV_PORT ?? 3101);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumExecutable(),
    // This machine has no network beyond loopback: keep Chromium from dialling out at start.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "production",
      testIgnore: /dev-server\//,
      use: { ...chromium, baseURL: `http://127.0.0.1:${productionPort}` },
    },
    {
      // Pages that only exist in development (the dev mailbox), against `next dev`.
      name: "development",
      testMatch: /dev-server\/.*\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${developmentPort}` },
    },
  ],
});
