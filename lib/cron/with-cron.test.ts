import { describe, expect, it, vi } from "vitest";
import { isAuthorizedCron, withCron } from "@/lib/cron/with-cron";

const SECRET = "a-fictional-cron-secret-0123456789";

function call(authorization: string | undefined, secret: string | undefined, job = vi.fn(async () => ({ ran: true }))) {
  const log = vi.fn();
  const handler = withCron(job, { secret: () => secret, log });
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const response = handler(new Request("http://localhost/api/cron/test", { headers }));
  return { response, job, log };
}

async function expectRefused(authorization: string | undefined, secret: string | undefined) {
  const { response, job } = call(authorization, secret);
  const refused = await response;
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({ error: "Unauthorized" });
  expect(job).not.toHaveBeenCalled();
}

describe("withCron", () => {
  it("runs the job for the right secret and answers with its result", async () => {
    const { response, job } = call(`Bearer ${SECRET}`, SECRET);
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ran: true });
    expect(job).toHaveBeenCalledOnce();
  });

  it("refuses a call without an Authorization header", () => expectRefused(undefined, SECRET));

  it("refuses a wrong secret, including one that only starts right", async () => {
    await expectRefused("Bearer not-the-secret-at-all-00000", SECRET);
    await expectRefused(`Bearer ${SECRET.slice(0, -1)}`, SECRET);
    await expectRefused(`Bearer ${SECRET}x`, SECRET);
  });

  it("refuses everyone while CRON_SECRET is unset, `Bearer undefined` and an empty token too", async () => {
    await expectRefused("Bearer undefined", undefined);
    await expectRefused("Bearer ", undefined);
    await expectRefused("Bearer", undefined);
    await expectRefused(`Bearer ${SECRET}`, undefined);
    await expectRefused("Bearer ", "");
  });

  it("refuses `Bearer undefined`, `Bearer null` and an empty token when a secret is set", async () => {
    await expectRefused("Bearer undefined", SECRET);
    await expectRefused("Bearer null", SECRET);
    await expectRefused("Bearer ", SECRET);
  });

  it("refuses other schemes and malformed headers", async () => {
    await expectRefused(SECRET, SECRET);
    await expectRefused(`Basic ${SECRET}`, SECRET);
    await expectRefused(`Bearer${SECRET}`, SECRET);
    await expectRefused(`Bearer ${SECRET} ${SECRET}`, SECRET);
  });

  it("accepts the scheme in any case and extra spaces around the token, as HTTP allows", async () => {
    for (const header of [`bearer ${SECRET}`, `BEARER ${SECRET}`, `Bearer   ${SECRET}`, `  Bearer ${SECRET}  `]) {
      expect((await call(header, SECRET).response).status, header).toBe(200);
    }
  });

  it("answers 500 with a short message, and logs the error, when the job throws", async () => {
    const { response, log } = call(
      `Bearer ${SECRET}`,
      SECRET,
      vi.fn(async () => Promise.reject(new Error("db down"))),
    );
    const answer = await response;
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({ error: "The job failed; see the server log." });
    expect(log).toHaveBeenCalledWith("cron /api/cron/test failed:", new Error("db down"));
  });
});

describe("isAuthorizedCron", () => {
  it("compares secrets of different lengths without throwing", () => {
    expect(isAuthorizedCron("Bearer x", SECRET)).toBe(false);
    expect(isAuthorizedCron(`Bearer ${SECRET.repeat(10)}`, SECRET)).toBe(false);
  });
});
