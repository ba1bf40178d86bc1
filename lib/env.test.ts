import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const SECRET = "a-production-secret-of-32-characters!";

describe("AUTH_SECRET", () => {
  it("is required in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET }).AUTH_SECRET).toBe(SECRET);
  });

  it("may be missing while `next build` runs, and in development and tests", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "development" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "test" })).not.toThrow();
  });

  it("is refused when short, anywhere", () => {
    expect(() => parseEnv({ NODE_ENV: "development", AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });
});
